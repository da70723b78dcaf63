import { describe, expect, it } from "vitest";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BLANK_NAME, MAX_BYTES, MAX_CHARS, resolveInside, safeFileName } from "../../src/write/safe-file-name.js";
import { TongbaoError } from "../../src/errors.js";

const name = (raw: string, taken = new Set<string>()) => safeFileName(raw, taken, "docx");
const stemOf = (file: string) => file.replace(/\.docx$/, "");
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

describe("safeFileName", () => {
  const hostile = ["../../x", "/etc/passwd", "a\\b:c*d?e", "CON", "con.txt", "x".repeat(600), "   ", "..", "nul", "LPT9.log", "a<b>c|d\"e", "x\u0000y\u001fz"];

  it.each(hostile)("turns %j into a plain name that stays inside the output folder", (raw) => {
    const file = name(raw);
    expect(file).not.toMatch(/[\\/<>:"|?*\u0000-\u001f]/);
    expect(file).not.toContain("..");
    expect(file).toMatch(/\.docx$/);
    expect(stemOf(file)).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
    expect(stemOf(file)).not.toMatch(/[ .]$/);
    const dir = join(tmpdir(), "out");
    expect(resolveInside(dir, file)).toBe(join(dir, file));
  });

  it("keeps ordinary Chinese unit names unchanged", () => {
    expect(name("县人民政府办公室")).toBe("县人民政府办公室.docx");
    expect(safeFileName("县教育局", new Set(), ".pdf")).toBe("县教育局.pdf");
  });

  it("keeps the readable parts of a path-like name", () => {
    expect(name("../../x")).toBe("_._x.docx");
    expect(name("/etc/passwd")).toBe("_etc_passwd.docx");
    expect(name("a\\b:c*d?e")).toBe("a_b_c_d_e.docx");
  });

  it("prefixes Windows reserved names, with or without an extension, in any case", () => {
    expect(name("CON")).toBe("_CON.docx");
    expect(name("con.txt")).toBe("_con.txt.docx");
    expect(name("Com1")).toBe("_Com1.docx");
    expect(name("CONSOLE")).toBe("CONSOLE.docx");
  });

  it("names a blank unit 未命名单位", () => {
    expect(name("")).toBe(`${BLANK_NAME}.docx`);
    expect(name(" \t　\n ")).toBe(`${BLANK_NAME}.docx`);
    expect(name("...")).toBe(`${BLANK_NAME}.docx`);
  });

  it("trims trailing dots and spaces", () => {
    expect(name("县卫健委. . ")).toBe("县卫健委.docx");
  });

  it("caps a 600-character name at 80 characters and 200 UTF-8 bytes", () => {
    expect([...stemOf(name("x".repeat(600)))]).toHaveLength(MAX_CHARS);
    const cjk = stemOf(name("县".repeat(600)));
    expect(bytes(cjk)).toBeLessThanOrEqual(MAX_BYTES);
    expect([...cjk].every((c) => c === "县")).toBe(true);
  });

  it("cuts emoji and Extension-B characters only on a code-point boundary", () => {
    for (const ch of ["😀", "𠀀", "👩‍💻"]) {
      const stem = stemOf(name(ch.repeat(300)));
      expect(stem).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(bytes(stem)).toBeLessThanOrEqual(MAX_BYTES);
      expect(Buffer.from(stem, "utf8").toString("utf8")).toBe(stem);
    }
    expect(name("𠀀𠀁单位")).toBe("𠀀𠀁单位.docx");
  });

  it("numbers duplicates case-insensitively and records every name it gives", () => {
    const taken = new Set<string>();
    expect(name("Unit A", taken)).toBe("Unit A.docx");
    expect(name("unit a", taken)).toBe("unit a（2）.docx");
    expect(name("UNIT A", taken)).toBe("UNIT A（3）.docx");
    expect(name("县教育局", taken)).toBe("县教育局.docx");
    expect(name("县教育局", taken)).toBe("县教育局（2）.docx");
    expect(taken.size).toBe(5);
  });

  it("keeps numbered duplicates of a capped name within the caps", () => {
    const taken = new Set<string>();
    const first = name("县".repeat(600), taken);
    const second = name("县".repeat(600), taken);
    expect(second).not.toBe(first);
    expect(second).toMatch(/（2）\.docx$/);
    expect(bytes(stemOf(second))).toBeLessThanOrEqual(MAX_BYTES);
  });
});

describe("resolveInside", () => {
  const dir = join(tmpdir(), "tongbao-out");

  it.each(["../x.docx", "/etc/passwd", "a/b.docx", "a\\b.docx", "..", ".", ""])("refuses %j", (file) => {
    expect(() => resolveInside(dir, file)).toThrow(TongbaoError);
  });

  it("returns the absolute path of a plain name in the folder", () => {
    expect(resolveInside(dir, "县教育局.docx")).toBe(join(dir, "县教育局.docx"));
  });
});
