/**
 * Bench: render a notice whose attachment holds one large table, and report time and peak RSS.
 *   node dist/test/bench/render-large-table.js                 → the matrix, each case in a fresh process
 *   node dist/test/bench/render-large-table.js ROWS docx|xml   → one case, one JSON line
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { renderDocx } from "../../src/render/render-docx.js";
import { largeNotice } from "./large-notice.js";

async function one(rows: number, backend: "docx" | "xml"): Promise<void> {
  const doc = largeNotice(rows);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const bytes = await renderDocx(doc, { backend });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = Number(((used.user + used.system) / 1e6).toFixed(2));
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ rows, backend, seconds: Number(seconds.toFixed(2)), cpuSeconds, peakRssMB, sizeKB: Math.round(bytes.length / 1024) }));
}

const [rowsArg, backendArg] = process.argv.slice(2);
if (rowsArg) {
  await one(Number(rowsArg), backendArg === "docx" ? "docx" : "xml");
} else {
  const self = fileURLToPath(import.meta.url);
  const cases: [number, string][] = [
    [10_000, "docx"],
    [10_000, "xml"],
    [30_000, "xml"],
    [150_000, "xml"],
  ];
  for (const [rows, backend] of cases) {
    process.stdout.write(execFileSync(process.execPath, ["--max-old-space-size=4096", self, String(rows), backend], { encoding: "utf8" }));
  }
}
