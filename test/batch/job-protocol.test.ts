import { describe, expect, it } from "vitest";
import { MessageChannel } from "node:worker_threads";
import { ownedBuffers, serveJobs, toFailure, type ReplyMessage } from "../../src/batch/job-protocol.js";
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

  it("transfers the rendered bytes instead of copying them: the worker's arrays are emptied, the main thread gets them whole", async () => {
    const sent: Uint8Array[] = [];
    const msg = await reply((n) => {
      const bytes = new Uint8Array(1024 * n).fill(n);
      sent.push(bytes);
      return [{ name: `${n}.docx`, bytes }];
    }, [1, 2]);
    expect(sent.map((b) => b.byteLength)).toEqual([0, 0]);
    const results = (msg as { results: { name: string; bytes: Uint8Array }[][] }).results;
    expect(results.map(([f]) => [f!.name, f!.bytes.length, f!.bytes[0]])).toEqual([["1.docx", 1024, 1], ["2.docx", 2048, 2]]);
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

describe("ownedBuffers", () => {
  it("takes only arrays that own their whole buffer, never a view into a shared pool", () => {
    const owned = new Uint8Array(8);
    const pooled = Buffer.from("小"); // a view into Node's shared pool
    expect(ownedBuffers([{ name: "a", bytes: owned }, { name: "b", bytes: pooled }, owned])).toEqual([owned.buffer]);
  });
});
