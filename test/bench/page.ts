/**
 * The web page's time, as a clerk meets it: `tongbao serve` in its own process, Chromium choosing the
 * workbook, waiting for the figures, clicking 生成并下载 and waiting until the download has finished
 * (the notice alone, then with 各单位文件 as one zip). Rows for run.ts's table, beside the CLI's.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const CLI = fileURLToPath(new URL("../../src/cli.js", import.meta.url));
const SHOTS = fileURLToPath(new URL("../../../out/web", import.meta.url));

export interface PageRow {
  scale: string;
  measure: string;
  seconds: number | null;
  peakMB: null;
  ratio: null;
  note?: string;
}

/** Starts `tongbao serve --port 0` and resolves with its address (the first line) and a stop function. */
async function serve(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", "--no-open"], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0]!);
    });
    child.on("exit", (code) => reject(new Error(`tongbao serve exited ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

export async function measurePage(scale: string, file: string, timeoutMs: number): Promise<PageRow[]> {
  const row = (measure: string, seconds: number | null, note?: string): PageRow => ({ scale, measure, seconds, peakMB: null, ratio: null, ...(note ? { note } : {}) });
  if (!existsSync(CHROMIUM)) return [row("page upload → .docx", null, `n/a: ${CHROMIUM} is missing`)];
  mkdirSync(SHOTS, { recursive: true });
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const rows: PageRow[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    page.setDefaultTimeout(timeoutMs);
    for (const perUnit of ["", "all"]) {
      await page.goto(server.url);
      await page.waitForSelector("body[data-state=empty]");
      const start = performance.now();
      await page.setInputFiles("#file", file);
      await page.waitForSelector("body[data-state=figures]");
      const figures = (performance.now() - start) / 1000;
      await page.check(`input[name=perUnit][value='${perUnit}']`);
      const downloaded = page.waitForEvent("download");
      downloaded.catch(() => undefined); // awaited below; a failure before that is reported by the catch
      await page.click("#generate-button");
      if (perUnit) {
        // The clerk's view of a province's batch under way, for a person to look at.
        await page.locator("#job-text", { hasText: /各单位文件 [1-9]\d*\/\d+/ }).waitFor();
        await page.locator("#generate").screenshot({ path: join(SHOTS, "bench-per-unit-progress.png") });
      }
      const download = await downloaded;
      const saved = await download.path();
      const seconds = (performance.now() - start) / 1000;
      const what = perUnit ? "page upload → .zip (各单位文件)" : "page upload → .docx";
      const files = (await page.textContent("#done"))?.match(/已生成 (\d+) 个文件/)?.[1] ?? "?";
      rows.push(row(what, saved ? seconds : null, `figures shown after ${figures.toFixed(2)} s; ${files} files; the server in its own process`));
    }
  } catch (e) {
    rows.push(row("page", null, `failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`));
  } finally {
    await browser.close();
    server.stop();
  }
  return rows;
}
