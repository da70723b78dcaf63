import { parentPort, workerData as threadData, type MessagePort } from "node:worker_threads";

/** Main thread → worker: run these jobs; `start` is the index of the first. */
export interface ChunkMessage<J> {
  type: "chunk";
  start: number;
  jobs: J[];
}

/** A failure, structured-clone safe: message, stack and a TongbaoError's code and issues if it had them. */
export interface JobFailure {
  message: string;
  stack?: string;
  code?: string;
  issues?: unknown[];
}

/** Worker → main thread: the results of one chunk, or the first job that failed. */
export type ReplyMessage<R> = { type: "results"; start: number; results: R[] } | { type: "error"; index: number; error: JobFailure };

/** Runs one job; `workerData` is what the caller of runBatch/runInline passed, the same for every job. */
export type JobHandler<J, R> = (job: J, workerData: unknown) => R | Promise<R>;

export function toFailure(err: unknown): JobFailure {
  if (err instanceof Error) {
    const e = err as Error & { code?: unknown; issues?: unknown };
    return {
      message: e.message,
      ...(e.stack ? { stack: e.stack } : {}),
      ...(typeof e.code === "string" ? { code: e.code } : {}),
      ...(Array.isArray(e.issues) ? { issues: e.issues } : {}),
    };
  }
  return { message: String(err) };
}

/**
 * The ArrayBuffers of the byte arrays in `value` (results: arrays and plain objects, a few levels deep)
 * that own their whole buffer: those are transferred to the main thread instead of copied. A view into
 * a larger, shared buffer (Node's pool) is left to be copied, so nothing else is detached.
 */
export function ownedBuffers(value: unknown, found = new Set<ArrayBuffer>(), depth = 0): ArrayBuffer[] {
  if (value instanceof Uint8Array) {
    if (value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) found.add(value.buffer);
  } else if (depth < 4 && value && typeof value === "object") {
    for (const v of Array.isArray(value) ? value : Object.values(value)) ownedBuffers(v, found, depth + 1);
  }
  return [...found];
}

/**
 * Makes the current worker thread answer runBatch's chunks with `handler`, keeping no state between
 * jobs. Does nothing on the main thread, so a worker module can both `export default handler` (for
 * runInline) and call `serveJobs(handler)`. `port` is injectable for tests.
 */
export function serveJobs<J, R>(handler: JobHandler<J, R>, port: MessagePort | null = parentPort, data: unknown = threadData): void {
  if (!port) return;
  port.on("message", async (msg: ChunkMessage<J>) => {
    if (msg?.type !== "chunk") return;
    const results: R[] = [];
    for (let i = 0; i < msg.jobs.length; i += 1) {
      try {
        results.push(await handler(msg.jobs[i] as J, data));
      } catch (err) {
        port.postMessage({ type: "error", index: msg.start + i, error: toFailure(err) } satisfies ReplyMessage<R>);
        return;
      }
    }
    port.postMessage({ type: "results", start: msg.start, results } satisfies ReplyMessage<R>, ownedBuffers(results));
  });
}
