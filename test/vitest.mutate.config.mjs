// The vitest config of `npm run mutate` only (see stryker.config.mjs): the tests of the chosen parts, or
// MUTATE_TESTS (comma-separated globs) to measure with fewer tests on a busy machine (a lower bound).
import { defineConfig } from "vitest/config";
import { chosen, PARTS } from "./stryker.config.mjs";

export default defineConfig({
  test: { include: process.env.MUTATE_TESTS?.split(",") ?? chosen.flatMap((part) => PARTS[part].tests) },
});
