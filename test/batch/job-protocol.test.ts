import { describe, expect, it } from "vitest";
import { MessageChannel } from "node:worker_threads";
import { serveJobs, toFailure, type ReplyMessage } from "../../src/batch/job-protocol.js";
import { ErrorCode, TongbaoError } from "../../src/errors.js";

function reply<R>(handler: (job: number, data: unknown) => R, jobs: number[], start = 0, data?: unknown): Promise<ReplyMessage<R>> {
  const { port1, port2 } = new MessageChannel();
  serveJobs(handler, port2, data);
  return new Promise((resolve) => {
    port1.once("message", (msg: ReplyMessage<R>) => {
      port1.close();
      resolve(msg);
    });
    port1.postMessage({ type: "chunk", start, jobs });
  });
}

describe("serveJobs", () => {
  it("answers a chunk with its results in order", async () => {
    expect(await reply((n, d) => n * (d as number), [1, 2, 3], 6, 10)).toEqual({ type: "results", start: 6, results: [10, 20, 30] });
  });

  it("answers with the absolute index and the TongbaoError details of the first failing job", async () => {
    const msg = await reply((n) => {
      if (n === 5) throw new TongbaoError(ErrorCode.OUTPUT, "磁盘空间不足", [{ code: ErrorCode.OUTPUT, severity: "error", message: "磁盘空间不足" }]);
      return n;
    }, [4, 5, 6], 10);
    expect(msg).toMatchObject({ type: "error", index: 11, error: { message: "磁盘空间不足", code: "E_OUTPUT" } });
  });

  it("does nothing on the main thread", () => {
    expect(() => serveJobs(() => 1, null)).not.toThrow();
  });
});

describe("toFailure", () => {
  it("keeps only clonable facts of any thrown value", () => {
    expect(toFailure("boom")).toEqual({ message: "boom" });
    expect(toFailure(Object.assign(new Error("x"), { code: "ENOSPC" }))).toMatchObject({ message: "x", code: "ENOSPC" });
  });
});
