/**
 * Rendering untrusted (user) templates in a worker_threads Worker with resourceLimits, a timeout and
 * an output-size cap, synchronously: the main thread blocks on Atomics.wait until the worker writes
 * its answer into a SharedArrayBuffer. A self-recursive partial, a runaway loop or a template that
 * emits gigabytes ends as a located TongbaoError(TEMPLATE) instead of hanging or crashing tongbao.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import { compileTemplate, type TemplateFile } from "./engine.js";
import { STATE } from "./sandbox-protocol.js";
import { WORKER_EXEC_ARGV } from "../batch/worker-flags.js";

export interface SandboxLimits {
  /** Wall-clock limit for compile + render. */
  timeoutMs: number;
  /** Worker heap limit (old generation). */
  maxMemoryMb: number;
  /** Largest output accepted, in UTF-8 bytes. */
  maxOutputBytes: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { timeoutMs: 10_000, maxMemoryMb: 256, maxOutputBytes: 16 * 1024 * 1024 };

/**
 * The compiled worker script. From dist/ it sits next to this module; when this module runs from
 * TypeScript source (tests), the compiled copy under dist/ is used if it was built.
 */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const sibling = join(dirname(here), "template-worker.js");
  if (here.endsWith(".js") && existsSync(sibling)) return sibling;
  let dir = dirname(here);
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  const built = join(dir, "dist", "src", "compose", "template-worker.js");
  return existsSync(built) ? built : undefined;
}

function limitError(file: string, message: string): TongbaoError {
  const issue: Issue = { code: ErrorCode.TEMPLATE, severity: "error", message, location: { file }, fix: "请检查模板中的循环、递归子模板和重复输出。" };
  return new TongbaoError(ErrorCode.TEMPLATE, `模板“${file}”有错误。`, [issue]);
}

/** Render in a worker; falls back to rendering in-process only when no compiled worker exists. */
export function renderSandboxed(template: TemplateFile, partials: readonly TemplateFile[], view: object, limits: SandboxLimits = DEFAULT_LIMITS): string {
  const script = workerScript();
  if (!script) return compileTemplate(template, partials)(view);
  const buffer = new SharedArrayBuffer(8 + limits.maxOutputBytes);
  const header = new Int32Array(buffer, 0, 2);
  const worker = new Worker(script, {
    workerData: { template, partials: [...partials], view, buffer },
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
    execArgv: WORKER_EXEC_ARGV,
  });
  worker.unref();
  worker.on("error", () => undefined);
  try {
    const deadline = Date.now() + limits.timeoutMs;
    while (Atomics.load(header, 0) === STATE.pending) {
      const left = deadline - Date.now();
      if (left <= 0) throw limitError(template.name, `模板在${limits.timeoutMs / 1000}秒内没有生成完毕，或超出了${limits.maxMemoryMb}MB内存限制，已停止。`);
      Atomics.wait(header, 0, STATE.pending, Math.min(left, 100));
    }
    const state = Atomics.load(header, 0);
    const length = Atomics.load(header, 1);
    if (state === STATE.tooLarge)
      throw limitError(template.name, `模板输出${(length / 1024 / 1024).toFixed(1)}MB，超过${(limits.maxOutputBytes / 1024 / 1024).toFixed(0)}MB的上限，已停止。`);
    const text = new TextDecoder().decode(new Uint8Array(buffer, 8, length).slice());
    if (state === STATE.done) return text;
    const err = JSON.parse(text) as { code?: ErrorCode; message: string; issues?: Issue[] };
    throw new TongbaoError(err.code ?? ErrorCode.TEMPLATE, err.message, err.issues ?? []);
  } finally {
    void worker.terminate();
  }
}
