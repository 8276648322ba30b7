/**
 * Recipe: vitest `globalSetup` starting one paymock for the whole run, on free ports.
 * In your project import from "paymock/mock" instead of the repository path.
 * @see docs/test-suites.md
 */
import type { TestProject } from "vitest/node";
import { startMock } from "../../mocks/start-mock.js";
import type { ApiId } from "../../src/apis.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of each mocked API, e.g. `{"nbcgate": "http://127.0.0.1:41234", ...}`. */
    paymockUrls: Record<ApiId, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // port 0 (the default): every API on a free port, so parallel runs and other mocks never collide.
  const mock = await startMock({ otpCode: "424242" });
  project.provide("paymockUrls", mock.urls);
  return () => mock.stop();
}
