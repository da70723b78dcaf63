import { describe, expect, it } from "vitest";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BLANK_NAME, resolveInside, safeFileName } from "../../src/write/safe-file-name.js";
import { ErrorCode, TongbaoError } from "../../src/errors.js";

const name = (raw: string, taken = new Set<string>()) => safeFileName(raw, taken, "docx");

describe("safeFileName edges", () => {
  it("replaces invisible and bidirectional characters with _", () => {
    for (const ch of ["\u007f", "\u0080", "\u009f", "\u200b", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069"]) {
      expect(name(`县${ch}局`)).toBe("县_局.docx");
    }
  });

  it("composes accents, folds runs of white space to one space and runs of dots to one dot", () => {
    expect(name("Cafe\u0301")).toBe("Caf\u00e9.docx");
    expect(name("县\t\t教育  局")).toBe("县 教育 局.docx");
    expect(name("县...局")).toBe("县.局.docx");
  });

  it("trims dots and spaces at the start too, and names an all-_ stem 未命名单位", () => {
    expect(name(" . 县局")).toBe("县局.docx");
    expect(name("???")).toBe(`${BLANK_NAME}.docx`);
    expect(name("")).toBe("未命名单位.docx");
    expect(name("_")).toBe(`${BLANK_NAME}.docx`);
    expect(name("_a")).toBe("_a.docx");
  });

  it("prefixes every reserved device name, superscript digits included, but not longer words", () => {
    for (const raw of ["PRN", "aux", "NUL.txt", "com0", "COM¹", "lpt²", "LPT³.x"]) expect(name(raw)).toBe(`_${raw}.docx`);
    for (const raw of ["prnx", "auxiliary", "com", "lpt10", "xcon"]) expect(name(raw)).toBe(`${raw}.docx`);
  });

  it("writes no extension when none is given", () => {
    expect(safeFileName("县教育局", new Set(), "")).toBe("县教育局");
  });

  it("fills exactly 80 characters or exactly 200 bytes", () => {
    const fits = `${"县".repeat(60)}${"a".repeat(20)}`;
    expect(name(fits)).toBe(`${fits}.docx`);
    expect(name(`${"县".repeat(66)}ab`)).toBe(`${"县".repeat(66)}ab.docx`);
    expect(name(`${"县".repeat(66)}abc`)).toBe(`${"县".repeat(66)}ab.docx`);
  });

  it("trims a space the cap leaves at the end", () => {
    expect(name(`${"x".repeat(79)} yz`)).toBe(`${"x".repeat(79)}.docx`);
  });

  it("makes room for the number of a capped duplicate and trims the cut end", () => {
    const taken = new Set<string>();
    const long = "x".repeat(80);
    expect(name(long, taken)).toBe(`${long}.docx`);
    expect(name(long, taken)).toBe(`${"x".repeat(77)}（2）.docx`);
    const spaced = `${"y".repeat(76)} zzz`;
    name(spaced, taken);
    expect(name(spaced, taken)).toBe(`${"y".repeat(76)}（2）.docx`);
    const cjk = "县".repeat(66);
    name(cjk, taken);
    expect(name(cjk, taken)).toBe(`${"县".repeat(64)}（2）.docx`);
  });
});

describe("resolveInside edges", () => {
  const dir = join(tmpdir(), "tongbao-out");

  it("refuses with an OUTPUT error naming the file and the folder", () => {
    const err = (() => {
      try {
        return resolveInside(dir, "../x.docx");
      } catch (e) {
        return e;
      }
    })() as TongbaoError;
    expect(err).toBeInstanceOf(TongbaoError);
    expect(err.code).toBe(ErrorCode.OUTPUT);
    expect(err.message).toBe(`文件名“../x.docx”会写到输出文件夹“${resolve(dir)}”之外，已拒绝写入。`);
    expect(err.issues).toEqual([
      { code: ErrorCode.OUTPUT, severity: "error", message: err.message, location: { file: resolve(dir, "../x.docx") }, value: "../x.docx" },
    ]);
  });

  it("accepts a name with dots inside or at its end", () => {
    expect(resolveInside(dir, "县局..")).toBe(join(dir, "县局.."));
  });

  it("resolves a name in a relative folder to an absolute path", () => {
    expect(resolveInside("out", "a.docx")).toBe(resolve("out", "a.docx"));
  });
});
