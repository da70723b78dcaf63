import { describe, expect, test } from "vitest";
import { createJobs } from "../../src/serve/jobs.js";
import { createQueue } from "../../src/serve/queue.js";
import { refusal } from "../../src/serve/refusal.js";
import type { BuildResult } from "../../src/index.js";

const result = (title: string): BuildResult => ({ files: [{ name: `${title}.docx`, bytes: new Uint8Array([1]) }], warnings: [], problems: [], title });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createJobs", () => {
  test("reports progress while a job runs, then its download", async () => {
    let report: ((done: number, total: number) => void) | undefined;
    let finish!: () => void;
    const jobs = createJobs(createQueue(1, 4), async (_input, options) => {
      report = options.onProgress;
      await new Promise<void>((resolve) => (finish = resolve));
      return result("通报");
    }, () => refusal("x"));
    const id = jobs.start({ name: "a.xlsx", bytes: new Uint8Array() }, { perUnit: "all" });
    await settled();
    report!(3, 10);
    expect(jobs.status(id)).toMatchObject({ state: "running", done: 3, total: 10 });
    finish();
    await settled();
    expect(jobs.status(id)).toMatchObject({ state: "done", download: { name: "通报.docx", files: 1, size: 1 } });
    expect(jobs.result(id)?.title).toBe("通报");
    jobs.close();
  });

  test("keeps a failed job's refusal, and only the newest finished jobs past the limit", async () => {
    const jobs = createJobs(createQueue(2, 64), async (input) => (input.name === "bad" ? Promise.reject(new Error("no")) : result(input.name)), (e) => refusal(String(e)), 60_000, 3);
    const bad = jobs.start({ name: "bad", bytes: new Uint8Array() }, {});
    await settled();
    expect(jobs.status(bad)).toMatchObject({ state: "failed", error: { message: "Error: no" } });
    const ids = Array.from({ length: 5 }, (_, i) => jobs.start({ name: `n${i}`, bytes: new Uint8Array() }, {}));
    for (let i = 0; i < 5; i++) await settled();
    expect(ids.map((id) => jobs.status(id)?.state)).toEqual([undefined, undefined, "done", "done", "done"]);
    expect(jobs.size).toBe(3);
    jobs.close();
  });
});
