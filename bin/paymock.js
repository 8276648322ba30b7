#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so paymock needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../mocks/cli.ts");
