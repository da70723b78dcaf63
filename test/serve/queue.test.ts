import { describe, expect, test } from "vitest";
import { createQueue, QueueFullError } from "../../src/serve/queue.js";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe("createQueue", () => {
  test("runs at most `concurrency` jobs at once and every job in the end", async () => {
    const queue = createQueue(2, 20);
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 10 }, deferred);
    const done = gates.map((g, i) =>
      queue.run(async () => {
        running++;
        most = Math.max(most, running);
        await g.promise;
        running--;
        return i;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(queue.load).toEqual({ running: 2, waiting: 8 });
    gates.forEach((g) => g.resolve());
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(2);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  test("refuses a job at once when the waiting line is full, and frees a place after a failure", async () => {
    const queue = createQueue(1, 1);
    const gate = deferred();
    const first = queue.run(() => gate.promise);
    const second = queue.run(async () => "second");
    await expect(queue.run(async () => "third")).rejects.toBeInstanceOf(QueueFullError);
    gate.resolve();
    await first;
    expect(await second).toBe("second");
    await expect(queue.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(async () => "after")).toBe("after");
  });
});
