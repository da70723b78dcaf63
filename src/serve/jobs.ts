/**
 * Generation jobs: started by an upload, run through the queue, polled for progress, downloaded once.
 * A finished job keeps its files in memory for `keepMs` (to download again); nothing goes to disk.
 */
import { randomBytes } from "node:crypto";
import type { JobStatus, Refusal } from "../web/api-types.js";
import type { BuildOptions, BuildResult, InputFile } from "../index.js";
import { issueView } from "./page-view.js";
import type { Queue } from "./queue.js";

type Generate = (input: InputFile, options: BuildOptions) => Promise<BuildResult>;

interface Job {
  status: JobStatus;
  result?: BuildResult;
  timer?: NodeJS.Timeout;
}

export interface Jobs {
  /** Queues a job and returns its id at once. */
  start(input: InputFile, options: BuildOptions): string;
  status(id: string): JobStatus | undefined;
  /** The finished job's files, until the job expires. */
  result(id: string): BuildResult | undefined;
  /** Jobs not yet downloaded (for tests and shutdown). */
  readonly size: number;
  close(): void;
}

/** The name of the download: the notice itself, or a zip when there is more than one file. */
export const downloadName = (r: BuildResult) => (r.files.length === 1 ? r.files[0]!.name : `${r.title}.zip`);

export function createJobs(queue: Queue, generate: Generate, refuse: (e: unknown) => Refusal, keepMs = 10 * 60_000, maxKept = 16): Jobs {
  const jobs = new Map<string, Job>();
  const forget = (id: string) => {
    clearTimeout(jobs.get(id)?.timer);
    jobs.delete(id);
  };
  /** Finished jobs expire after `keepMs`; past `maxKept` the oldest finished one goes first (memory stays bounded). */
  const finish = (id: string, job: Job) => {
    job.timer = setTimeout(() => jobs.delete(id), keepMs);
    job.timer.unref();
    const finished = [...jobs].filter(([, j]) => j.timer !== undefined);
    for (const [old] of finished.slice(0, Math.max(0, finished.length - maxKept))) forget(old);
  };
  return {
    start(input, options) {
      const id = randomBytes(16).toString("hex");
      const job: Job = { status: { id, state: "queued", done: 0, total: 0, warnings: [], problems: [] } };
      jobs.set(id, job);
      queue
        .run(async () => {
          job.status.state = "running";
          return generate(input, {
            ...options,
            onProgress: (done, total) => {
              job.status.done = done;
              job.status.total = total;
            },
          });
        })
        .then(
          (result) => {
            const bytes = result.files.reduce((n, f) => n + f.bytes.length, 0);
            job.result = result;
            job.status = {
              ...job.status,
              state: "done",
              download: { name: downloadName(result), size: bytes, files: result.files.length },
              warnings: result.warnings.map(issueView),
              problems: result.problems.map(issueView),
            };
          },
          (e: unknown) => {
            job.status = { ...job.status, state: "failed", error: refuse(e) };
          },
        )
        .finally(() => finish(id, job));
      return id;
    },
    status: (id) => jobs.get(id)?.status,
    result: (id) => jobs.get(id)?.result,
    get size() {
      return jobs.size;
    },
    close() {
      for (const id of [...jobs.keys()]) forget(id);
    },
  };
}
