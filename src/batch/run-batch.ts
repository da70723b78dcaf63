import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import { toFailure, type ChunkMessage, type JobFailure, type JobHandler, type ReplyMessage } from "./job-protocol.js";
import { WORKER_EXEC_ARGV } from "./worker-flags.js";

export interface BatchOptions<J> {
  /** A module that calls `serveJobs(handler)` and `export default handler` (plain JS: compiled or .mjs). */
  workerUrl: URL;
  /** Structured-clone safe values (plain data); so are the results. */
  jobs: J[];
  /** Worker threads; default os.availableParallelism(), never more than the jobs. */
  concurrency?: number;
  /** Jobs sent to a worker at once; default small enough to keep every worker busy. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Given to every worker (and to the handler in runInline); the only state a worker has. */
  workerData?: unknown;
}

/** A job that failed, with its index in `jobs`; keeps the worker's TongbaoError code and issues. */
export class JobFailedError extends TongbaoError {
  readonly jobIndex: number;
  constructor(jobIndex: number, failure: JobFailure) {
    const known = Object.values(ErrorCode) as string[];
    const code = failure.code && known.includes(failure.code) ? (failure.code as ErrorCode) : ErrorCode.INTERNAL;
    super(code, `第${jobIndex + 1}项任务失败：${failure.message}`, (failure.issues as Issue[] | undefined) ?? []);
    this.jobIndex = jobIndex;
    if (failure.stack) this.stack = failure.stack;
  }
}

/** Runs the jobs one after another in this thread with the worker module's default export. */
export async function runInline<J, R>(opts: BatchOptions<J>): Promise<R[]> {
  const mod = (await import(opts.workerUrl.href)) as { default?: JobHandler<J, R> };
  const handler = mod.default;
  if (typeof handler !== "function") throw new TongbaoError(ErrorCode.INTERNAL, `工作模块 ${opts.workerUrl.href} 没有默认导出的任务函数。`);
  const results: R[] = [];
  for (let i = 0; i < opts.jobs.length; i += 1) {
    try {
      results.push(await handler(opts.jobs[i] as J, opts.workerData));
    } catch (err) {
      throw new JobFailedError(i, toFailure(err));
    }
    opts.onProgress?.(i + 1, opts.jobs.length);
  }
  return results;
}

/**
 * Runs the jobs on a pool of worker threads and resolves with the results in job order. Jobs go out in
 * chunks as workers become free, so memory does not grow with the number of jobs beyond the results.
 * The first failure terminates the pool and rejects with a JobFailedError naming the job.
 */
export function runBatch<J, R>(opts: BatchOptions<J>): Promise<R[]> {
  const total = opts.jobs.length;
  if (total === 0) return Promise.resolve([]);
  const size = Math.max(1, Math.min(opts.concurrency ?? availableParallelism(), total));
  const chunk = Math.max(1, opts.chunkSize ?? Math.min(8, Math.floor(total / (size * 4)) || 1));
  const results = new Array<R>(total);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let settled = false;

  return new Promise<R[]>((resolve, reject) => {
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const feed = (worker: Worker, current: { start: number; count: number }) => {
      if (next >= total) {
        current.count = 0;
        return void worker.terminate();
      }
      current.start = next;
      current.count = Math.min(chunk, total - next);
      next += current.count;
      worker.postMessage({ type: "chunk", start: current.start, jobs: opts.jobs.slice(current.start, current.start + current.count) } satisfies ChunkMessage<J>);
    };
    for (let w = 0; w < size; w += 1) {
      let worker: Worker;
      try {
        worker = new Worker(opts.workerUrl, { workerData: opts.workerData, execArgv: WORKER_EXEC_ARGV });
      } catch (err) {
        return finish(new JobFailedError(next, toFailure(err)));
      }
      const current = { start: 0, count: 0 };
      workers.push(worker);
      worker.on("message", (msg: ReplyMessage<R>) => {
        if (settled) return;
        if (msg.type === "error") return finish(new JobFailedError(msg.index, msg.error));
        msg.results.forEach((r, i) => (results[msg.start + i] = r));
        done += msg.results.length;
        opts.onProgress?.(done, total);
        if (done === total) return finish();
        feed(worker, current);
      });
      worker.on("error", (err) => finish(new JobFailedError(current.count ? current.start : next, toFailure(err))));
      worker.on("exit", (code) => {
        if (!settled && current.count > 0) finish(new JobFailedError(current.start, { message: `工作线程意外退出（退出码 ${code}）` }));
      });
      feed(worker, current);
    }
  });
}

/**
 * runBatch when worker threads can run the module; runInline for a single job, for concurrency 1, or
 * when the module's file is not there as plain JS (running from TypeScript sources: tests, dev runs).
 */
export function runJobs<J, R>(opts: BatchOptions<J>): Promise<R[]> {
  const url = opts.workerUrl;
  const loadable = url.protocol !== "file:" || (existsSync(fileURLToPath(url)) && !/\.[cm]?ts$/.test(url.pathname));
  if (opts.jobs.length <= 1 || opts.concurrency === 1 || !loadable) return runInline(opts);
  return runBatch(opts);
}
