import { describe, expect, it } from "vitest";
import { createProgress, progressLine, summaryLine } from "../../src/batch/progress.js";

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (s: string) => (chunks.push(s), true), cursorTo: () => true, clearLine: () => true, moveCursor: () => true } };
}

describe("summaryLine", () => {
  it("says how many files, where and how long", () => {
    expect(summaryLine(12, "out/", 3420)).toBe("共写出12个文件，位于out/，用时3.4秒。");
    expect(summaryLine(1, "/tmp/通报", 0)).toBe("共写出1个文件，位于/tmp/通报，用时0.0秒。");
    expect(summaryLine(300, "out", 65_400)).toBe("共写出300个文件，位于out，用时65秒。");
  });
});

describe("progressLine", () => {
  it("reads 正在生成 N/M with a percentage", () => {
    expect(progressLine(3, 12)).toBe("正在生成 3/12（25%）");
    expect(progressLine(0, 0)).toBe("正在生成 0/0（100%）");
  });
});

describe("createProgress without a TTY", () => {
  it("writes a line about every 10% and one at the end, not one per job", () => {
    const { chunks, stream } = sink(false);
    const p = createProgress({ total: 100, stream, now: () => 0 });
    for (let i = 1; i <= 100; i++) p.update(i);
    p.stop();
    expect(chunks).toHaveLength(10);
    expect(chunks[0]).toBe("正在生成 10/100（10%）\n");
    expect(chunks.at(-1)).toBe("正在生成 100/100（100%）\n");
  });

  it("writes a line when two seconds pass even without another 10%", () => {
    const { chunks, stream } = sink(false);
    let t = 0;
    const p = createProgress({ total: 1000, stream, now: () => t });
    p.update(1);
    p.update(2);
    t = 2500;
    p.update(3);
    expect(chunks).toEqual(["正在生成 3/1000（0%）\n"]);
  });

  it("writes the final line on stop if the last update was skipped", () => {
    const { chunks, stream } = sink(false);
    const p = createProgress({ total: 3, stream, now: () => 0 });
    p.stop();
    expect(chunks).toEqual(["正在生成 3/3（100%）\n"]);
  });
});

describe("createProgress on a TTY", () => {
  it("draws a bar labelled 正在生成 with the count", () => {
    const { chunks, stream } = sink(true);
    const p = createProgress({ total: 4, stream });
    p.update(4);
    p.stop();
    const text = chunks.join("");
    expect(text).toContain("正在生成");
    expect(text).toContain("4/4");
    expect(text).not.toContain("正在生成 4/4（100%）\n");
  });
});
