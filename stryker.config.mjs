// Mutation testing of the vendors' flows: `npm run mutate` (all four), or one vendor with
// `npm run mutate -- --mutate 'mocks/nbcgate/flows/**/*.ts'`. Slow (minutes per vendor), so it is
// not part of `npm test`; it is how to check that the tests pin the flows' behaviour.
// @see https://stryker-mutator.io/docs/stryker-js/vitest-runner/
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutate.config.ts" },
  mutate: ["mocks/*/flows/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  ignorePatterns: ["reports", ".stryker-tmp*", "test-results.json"],
  cleanTempDir: "always",
};
