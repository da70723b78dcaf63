// The vitest config of `npm run mutate` only (see stryker.config.mjs): the tests of the chosen parts.
import { defineConfig } from "vitest/config";
import { chosen, PARTS } from "./stryker.config.mjs";

export default defineConfig({
  test: { include: chosen.flatMap((part) => PARTS[part].tests) },
});
