/** Runs one benchmark measurement in its own node process: wall time, exit code, output and peak RSS. */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

export interface ChildRun {
  wallSeconds: number;
  code: number | null;
  stdout: string;
  stderr: string;
  peakBytes: number | null;
  /** CPU seconds (user + system) of the child: steadier than wall time on a shared machine. */
  cpuSeconds: number | null;
}

const PRELOAD = fileURLToPath(new URL("./max-rss.js", import.meta.url));

/** `node --import max-rss.js SCRIPT ...args`, killed after `timeoutMs`. */
export async function runChild(script: string, args: readonly string[], timeoutMs: number): Promise<ChildRun> {
  const dir = await mkdtemp(join(tmpdir(), "tongbao-rss-"));
  const rssFile = join(dir, "rss");
  try {
    const start = performance.now();
    const child = spawn(process.execPath, ["--import", PRELOAD, script, ...args], {
      env: { ...process.env, TONGBAO_BENCH_RSS: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => { if (stdout.length < 1 << 20) stdout += chunk.toString(); });
    child.stderr.on("data", (chunk: Buffer) => { if (stderr.length < 1 << 16) stderr += chunk.toString(); });
    const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
    const wallSeconds = (performance.now() - start) / 1000;
    const [peak, cpu] = (await readFile(rssFile, "utf8").catch(() => "")).split(" ");
    return { wallSeconds, code, stdout, stderr, peakBytes: peak ? Number(peak) : null, cpuSeconds: cpu ? Number(cpu) : null };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
