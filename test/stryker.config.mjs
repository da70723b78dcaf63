// Mutation testing (`npm run mutate`, not part of `npm test`): StrykerJS 9.6 with its vitest runner.
// One folder at a time, so a run fits a shared machine:
//   MUTATE=format npm run mutate      (format | columns | normalise | aggregate | write | read; several: MUTATE=format,read)
// Without MUTATE every folder is mutated in one run. Each selection keeps its own incremental file under
// out/stryker/, so a rerun only tests the mutants whose source or covering tests changed.
// Equivalent mutants are excluded in the source with `// Stryker disable next-line <mutator>: reason`.

import { tmpdir } from "node:os";
import { join } from "node:path";

// Each part: the sources it mutates and the tests that must kill their mutants — the tests that mirror
// those modules (running every test that imports them would cost an hour per folder on two cores).
export const PARTS = {
  format: { mutate: ["src/format/**/*.ts"], tests: ["test/format/**/*.test.ts"] },
  // Nearly every mutant of columns.ts is static (the contract table): each costs a fresh test process,
  // so it runs against the contract tests alone.
  columns: { mutate: ["src/columns.ts"], tests: ["test/columns/**/*.test.ts"] },
  normalise: { mutate: ["src/normalise.ts"], tests: ["test/normalise.test.ts", "test/normalise-edges.test.ts", "test/columns/**/*.test.ts"] },
  aggregate: { mutate: ["src/aggregate/**/*.ts"], tests: ["test/aggregate/**/*.test.ts"] },
  write: { mutate: ["src/write/**/*.ts"], tests: ["test/write/**/*.test.ts"] },
  read: { mutate: ["src/read/**/*.ts"], tests: ["test/read/**/*.test.ts"] },
};

export const chosen = (process.env.MUTATE ?? Object.keys(PARTS).join(",")).split(",").map((p) => p.trim()).filter(Boolean);
for (const part of chosen) {
  if (!(part in PARTS)) throw new Error(`MUTATE=${part}: expected one of ${Object.keys(PARTS).join(", ")}`);
}
const name = chosen.length === Object.keys(PARTS).length ? "all" : chosen.join("+");

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // The part's tests are chosen by test/vitest.mutate.config.mjs, not by Stryker's `testFiles`: with
  // `testFiles` Stryker 9.6.1 activates a static mutant (one evaluated at import, such as a column table)
  // only after its module has loaded and reports it survived (stryker-js#6144).
  vitest: { configFile: "test/vitest.mutate.config.mjs", related: false },
  coverageAnalysis: "perTest",
  mutate: chosen.flatMap((part) => PARTS[part].mutate),
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  incremental: true,
  incrementalFile: `out/stryker/${name}.incremental.json`,
  // The sandboxes live outside the project: inside it, `npx vitest run test/<path>` would also find their copies of the tests.
  tempDirName: join(tmpdir(), `tongbao-stryker-${name}`),
  ignorePatterns: ["/out/*", "!/out/.gitkeep", "dist/test", ".vitest-cache", "bench-results"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `out/stryker/${name}.html` },
  jsonReporter: { fileName: `out/stryker/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 20_000,
  cleanTempDir: true,
};
