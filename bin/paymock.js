#!/usr/bin/env node
// Runs the compiled CLI (`npm run build` writes dist/; the published package ships it): plain
// Node, no TypeScript loader, one process.
import { existsSync } from "node:fs";

const cli = new URL("../dist/mocks/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write("paymock: dist/ is missing. In a checkout of paymock, run `npm run build` first.\n");
  process.exit(1);
}
await import(cli.href);
