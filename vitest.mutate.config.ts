import { defineConfig } from "vitest/config";

/**
 * The tests `npm run mutate` runs against each mutant: the table tests of the vendors' pure flows
 * (`test/mocks/*.flows.test.ts`, `test/flows/`). In-process server tests would catch more mutants,
 * but each of them loads the specs first, which makes a run of one vendor take hours here.
 */
export default defineConfig({
  test: {
    include: ["test/mocks/*.flows.test.ts", "test/flows/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
