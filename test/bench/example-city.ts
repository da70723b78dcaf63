/**
 * Writes data/example.xlsx and data/example.json from the 江临市 example (example-city-data.ts).
 * Run: npx tsc -p tsconfig.json && node dist/test/bench/example-city.js
 * Output is byte-identical on every run: fixed workbook dates, and the zip is rewritten with fixed entry times.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync, zipSync } from "fflate";
import { exampleCity } from "./example-city-data.js";
import { inspectionSheets } from "./inspection-sheets.js";
import { FIXED_TIME, writeWorkbook } from "./write-workbook.js";

/** Rezips with a fixed modification time on every entry (archiver stamps the current time). */
function stableZip(zip: Uint8Array): Uint8Array {
  const entries = unzipSync(zip);
  return zipSync(entries, { level: 6, mtime: FIXED_TIME });
}

async function main(root: string): Promise<void> {
  const inspection = exampleCity();
  const dir = await mkdtemp(join(tmpdir(), "tongbao-example-"));
  try {
    const tmp = join(dir, "example.xlsx");
    await writeWorkbook(tmp, inspectionSheets(inspection));
    await writeFile(join(root, "data", "example.xlsx"), stableZip(await readFile(tmp)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await writeFile(join(root, "data", "example.json"), `${JSON.stringify(inspection, null, 2)}\n`);
  const { websites, accounts, publications } = inspection;
  console.log(`data/example.xlsx, data/example.json: ${websites.length} websites, ${accounts.length} accounts, ${publications.length} units`);
}

/** The repository root, from dist/test/bench/ (compiled) — the files land in its data/ whatever the cwd. */
await main(fileURLToPath(new URL("../../../", import.meta.url)));
