/**
 * User templates run in a sandbox: checked statically first (no prototype access, no self-calling
 * partial), then composed in a worker thread with a heap limit, a stack limit and a timeout, so a
 * template that recurses, loops or would emit gigabytes ends in a located TongbaoError (exit 3)
 * instead of taking the process down. Built-in templates are trusted and composed in this thread.
 */
import { Worker } from "node:worker_threads";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import { isBuiltinTemplate } from "../read/read-template.js";
import type { Inspection } from "../schema.js";
import { compose, type ComposeOptions, type ComposeResult } from "./compose.js";
import { checkTemplateSource } from "./template-guard.js";

/** Documented limits (README) of a user template's run. */
export const SANDBOX_LIMITS = {
  /** Heap of the worker, MB. */
  maxHeapMb: 512,
  /** Stack of the worker, MB. */
  stackMb: 4,
  /** Wall-clock time, ms. */
  timeoutMs: 60_000,
} as const;

const WORKER = new URL(`./sandbox-worker.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url);

type Reply = { ok: true; result: ComposeResult } | { ok: false; error: { code: ErrorCode; message: string; issues: Issue[] } };

function stopped(file: string, detail: string): TongbaoError {
  return new TongbaoError(ErrorCode.TEMPLATE, `模板“${file}”有错误。`, [
    { code: ErrorCode.TEMPLATE, severity: "error", message: `${detail}。`, location: { file }, fix: "请检查模板中的循环（#each）和子模板调用，对照 templates/README.md 修改。" },
  ]);
}

/** Composes with a user template in a limited worker thread. */
export function composeInSandbox(data: Inspection, options: ComposeOptions & { template: { name: string; source: string } }): Promise<ComposeResult> {
  const file = options.template.name;
  checkTemplateSource(file, options.template.source);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER, {
        workerData: { data, options },
        resourceLimits: { maxOldGenerationSizeMb: SANDBOX_LIMITS.maxHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: SANDBOX_LIMITS.stackMb },
        stdout: true,
        stderr: true,
      });
    } catch (e) {
      reject(new TongbaoError(ErrorCode.INTERNAL, `无法启动模板沙箱：${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => settle(() => reject(stopped(file, `模板运行超过${SANDBOX_LIMITS.timeoutMs / 1000}秒，已停止（可能是列表中嵌套遍历列表）`))),
      SANDBOX_LIMITS.timeoutMs,
    );
    worker.on("message", (reply: Reply) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(new TongbaoError(reply.error.code, reply.error.message, reply.error.issues)))),
    );
    worker.on("error", (e: Error & { code?: string }) =>
      settle(() =>
        reject(
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? stopped(file, `模板占用内存超过${SANDBOX_LIMITS.maxHeapMb} MB，已停止（可能输出过大，如列表中嵌套遍历列表）`)
            : e instanceof RangeError
              ? stopped(file, `模板递归过深（${e.message}）`)
              : stopped(file, `模板执行出错：${e.message}`),
        ),
      ),
    );
    worker.on("exit", (code) => settle(() => reject(stopped(file, `模板沙箱意外退出（退出码${code}）`))));
  });
}

/** compose, with user templates (not built-ins) in the sandbox. From TypeScript sources (tests) the worker cannot load: inline. */
export async function composeSafely(data: Inspection, options: ComposeOptions = {}): Promise<ComposeResult> {
  const template = options.template;
  if (!template || isBuiltinTemplate(template.name)) return compose(data, options);
  if (WORKER.pathname.endsWith(".ts")) {
    checkTemplateSource(template.name, template.source);
    return compose(data, options);
  }
  return composeInSandbox(data, { ...options, template });
}
