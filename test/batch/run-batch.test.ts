import { describe, expect, it } from "vitest";
import { threadId } from "node:worker_threads";
import { JobFailedError, runBatch, runInline, runJobs } from "../../src/batch/run-batch.js";
import { ErrorCode } from "../../src/errors.js";

const workerUrl = new URL("../fixtures/workers/square.mjs", import.meta.url);
type Job = { n: number; fail?: boolean; crash?: boolean; code?: string };
type Result = { square: number; thread: number };
const jobs = (count: number): Job[] => Array.from({ length: count }, (_, i) => ({ n: i }));

describe("runBatch", () => {
  it("returns results in job order across several workers", async () => {
    const results = await runBatch<Job, Result>({ workerUrl, jobs: jobs(50), concurrency: 3, chunkSize: 2 });
    expect(results.map((r) => r.square)).toEqual(jobs(50).map((j) => j.n * j.n));
    expect(new Set(results.map((r) => r.thread)).size).toBeGreaterThan(1);
  });

  it("hands workerData to every job", async () => {
    const results = await runBatch<Job, Result>({ workerUrl, jobs: jobs(4), concurrency: 2, workerData: { factor: 10 } });
    expect(results.map((r) => r.square)).toEqual([0, 10, 40, 90]);
  });

  it("reports progress up to the total, never going back", async () => {
    const seen: number[] = [];
    await runBatch<Job, Result>({ workerUrl, jobs: jobs(20), concurrency: 2, chunkSize: 3, onProgress: (done, total) => (expect(total).toBe(20), seen.push(done)) });
    expect(seen.at(-1)).toBe(20);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it("starts no more workers than jobs and resolves an empty batch at once", async () => {
    expect(await runBatch<Job, Result>({ workerUrl, jobs: [], concurrency: 4 })).toEqual([]);
    const one = await runBatch<Job, Result>({ workerUrl, jobs: jobs(1), concurrency: 8 });
    expect(one.map((r) => r.square)).toEqual([0]);
  });

  it("rejects with the index of the job that threw", async () => {
    const list = jobs(30);
    list[17] = { n: 17, fail: true };
    const err = await runBatch<Job, Result>({ workerUrl, jobs: list, concurrency: 2, chunkSize: 4 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobFailedError);
    expect((err as JobFailedError).jobIndex).toBe(17);
    expect((err as JobFailedError).message).toContain("第18项任务失败：bad job 17");
    expect((err as JobFailedError).code).toBe(ErrorCode.INTERNAL);
  });

  it("keeps a worker's TongbaoError code and issues so the exit code stays right", async () => {
    const list = jobs(3);
    list[1] = { n: 1, fail: true, code: ErrorCode.OUTPUT };
    const err = (await runBatch<Job, Result>({ workerUrl, jobs: list, concurrency: 1 }).catch((e: unknown) => e)) as JobFailedError;
    expect(err.code).toBe(ErrorCode.OUTPUT);
    expect(err.exitCode).toBe(4);
    expect(err.issues[0]?.message).toBe("无法写入");
  });

  it("rejects with the job index when a worker dies mid-chunk", async () => {
    const list = jobs(6);
    list[4] = { n: 4, crash: true };
    const err = (await runBatch<Job, Result>({ workerUrl, jobs: list, concurrency: 1, chunkSize: 1 }).catch((e: unknown) => e)) as JobFailedError;
    expect(err).toBeInstanceOf(JobFailedError);
    expect(err.jobIndex).toBe(4);
    expect(err.message).toContain("退出码 3");
  });

  it("rejects when the worker module cannot be loaded", async () => {
    const missing = new URL("../fixtures/workers/missing.mjs", import.meta.url);
    await expect(runBatch<Job, Result>({ workerUrl: missing, jobs: jobs(2), concurrency: 1 })).rejects.toBeInstanceOf(JobFailedError);
  });
});

describe("runInline", () => {
  it("gives the same results as the pool, in this thread", async () => {
    const seen: number[] = [];
    const results = await runInline<Job, Result>({ workerUrl, jobs: jobs(5), workerData: { factor: 2 }, onProgress: (d) => seen.push(d) });
    expect(results.map((r) => r.square)).toEqual([0, 2, 8, 18, 32]);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it("rejects with the failing job's index", async () => {
    const list = jobs(3);
    list[2] = { n: 2, fail: true, code: ErrorCode.OUTPUT };
    const err = (await runInline<Job, Result>({ workerUrl, jobs: list }).catch((e: unknown) => e)) as JobFailedError;
    expect(err.jobIndex).toBe(2);
    expect(err.code).toBe(ErrorCode.OUTPUT);
  });
});

describe("runJobs", () => {
  it("uses worker threads for several jobs", async () => {
    const results = await runJobs<Job, Result>({ workerUrl, jobs: jobs(6), concurrency: 2 });
    expect(results.map((r) => r.square)).toEqual([0, 1, 4, 9, 16, 25]);
    expect(results.every((r) => r.thread !== threadId)).toBe(true);
  });

  it("stays in this thread for one job or concurrency 1", async () => {
    for (const opts of [{ jobs: jobs(1) }, { jobs: jobs(3), concurrency: 1 }]) {
      const results = await runJobs<Job, Result>({ workerUrl, ...opts });
      expect(results.every((r) => r.thread === threadId)).toBe(true);
    }
  });

  it("falls back to this thread when the module is TypeScript source", async () => {
    const tsUrl = new URL("../fixtures/workers/double.ts", import.meta.url);
    expect(await runJobs<number, number>({ workerUrl: tsUrl, jobs: [1, 2, 3], concurrency: 2 })).toEqual([2, 4, 6]);
  });

  it("falls back to this thread when the .js module exists only as .ts (running from sources)", async () => {
    const jsUrl = new URL("../fixtures/workers/double.js", import.meta.url);
    expect(await runJobs<number, number>({ workerUrl: jsUrl, jobs: [5, 6], concurrency: 2 })).toEqual([10, 12]);
  });
});
