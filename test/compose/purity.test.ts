/** compose reads no files: its modules (but the sandbox, which only locates its worker script) import no file system and no template reader. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src");
const sources = ["compose", "aggregate", "format"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".ts") && f !== "sandbox.ts")
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(root, dir, f), "utf8") })),
);

describe("compose stage purity", () => {
  it("has modules to check", () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(["compose/compose.ts", "aggregate/aggregate.ts"]));
  });

  it("imports no file system module and nothing but types from the template reader", () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/from "(node:)?fs(\/promises)?"/);
      expect(text, file).not.toMatch(/^import (?!type )[^;]*from "\.\.\/read\//m);
    }
  });

  it("uses no clock and no randomness", () => {
    for (const { file, text } of sources) expect(text, file).not.toMatch(/new Date\(\)|Date\.now\(|Math\.random\(/);
  });
});
