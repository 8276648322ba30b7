/** Recipe: the vitest project that uses ./global-setup.ts (run by test/recipes/vitest-recipe.test.ts). */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["*.test.ts"],
    globalSetup: ["./global-setup.ts"],
  },
});
