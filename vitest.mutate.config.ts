import { defineConfig } from "vitest/config";

/**
 * The tests `npm run mutate` runs against each mutant: the table tests of the vendors' pure flows
 * (`test/mocks/*.flows.test.ts`, the other pure flow tables under test/mocks/, `test/flows/`).
 * In-process server tests would catch more mutants, but each of them loads the specs first, which
 * makes a run of one vendor take hours here. A new pure flow test goes under test/flows/.
 */
export default defineConfig({
  test: {
    include: [
      "test/mocks/*.flows.test.ts",
      "test/mocks/nbcgate.invites.test.ts",
      "test/mocks/b2core-backoffice.writes.test.ts",
      "test/mocks/mercuryo-spend.refresh.test.ts",
      "test/flows/**/*.test.ts",
    ],
    testTimeout: 30_000,
  },
});
