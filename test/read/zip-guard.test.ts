/** The zip under a workbook: its directory read and bounds-checked, entries inflated, and the guard's refusals. */
import { crc32, deflateRawSync } from "node:zlib";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { TongbaoError } from "../../src/errors.js";
import { checkZip, ZIP_LIMITS, zipEntries as guardedEntries } from "../../src/read/guard-zip.js";
import { inflateEntry, ZipFormatError, zipDirectory, zipEntries } from "../../src/read/zip-parts.js";
import { rawZip } from "../helpers/raw-zip.js";

const text = (s: string) => new TextEncoder().encode(s);
const zip = (files: Record<string, string>, level: 0 | 6 = 6) => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, text(v)])), { level }));
const reason = (buf: Uint8Array) => {
  try {
    zipDirectory(buf);
  } catch (e) {
    return e instanceof ZipFormatError ? e.reason : String(e);
  }
  return "read";
};
const refusal = async (p: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(TongbaoError);
    return (e as TongbaoError).message;
  }
  throw new Error("accepted");
};

describe("zipDirectory", () => {
  it("lists every entry in order with its method, sizes, crc and where its data starts", () => {
    const buf = zip({ "a.xml": "<a/>".repeat(50), "b/c.txt": "通报" }, 6);
    const entries = zipDirectory(buf);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ["a.xml", 8, 200],
      ["b/c.txt", 8, 6],
    ]);
    expect(new TextDecoder().decode(inflateEntry(buf, entries[0]!))).toBe("<a/>".repeat(50));
    expect(new TextDecoder().decode(inflateEntry(buf, zipEntries(buf).get("b/c.txt")!))).toBe("通报");
    const stored = zip({ "s.txt": "plain" }, 0);
    const [s] = zipDirectory(stored);
    expect([s!.method, s!.compressedSize, s!.size]).toEqual([0, 5, 5]);
    expect(inflateEntry(stored, s!).toString()).toBe("plain");
  });
  it("finds the directory behind a comment", () => {
    const buf = zip({ "a.txt": "x" });
    const withComment = Buffer.concat([buf, Buffer.from("comment")]);
    withComment.writeUInt16LE(7, buf.length - 2);
    expect(zipDirectory(withComment).map((e) => e.name)).toEqual(["a.txt"]);
  });
  it("says broken for no directory, a cut archive or an unknown method; zip64 and encrypted for those", () => {
    const buf = zip({ "a.txt": "hello", "b.txt": "world" });
    expect(reason(Buffer.from("not a zip at all, just some text"))).toBe("broken");
    expect(reason(buf.subarray(20))).toBe("broken");
    const eocd = buf.length - 22;
    const central = buf.readUInt32LE(eocd + 16);
    const patch = (at: number, write: (b: Buffer) => void) => {
      const b = Buffer.from(buf);
      write(b);
      return reason(b);
    };
    expect(patch(central + 10, (b) => b.writeUInt16LE(12, central + 10))).toBe("broken");
    expect(patch(central + 8, (b) => b.writeUInt16LE(1, central + 8))).toBe("encrypted");
    expect(patch(central + 24, (b) => b.writeUInt32LE(0xffffffff, central + 24))).toBe("zip64");
    expect(patch(central + 20, (b) => b.writeUInt32LE(0xffffffff, central + 20))).toBe("zip64");
    expect(patch(central + 42, (b) => b.writeUInt32LE(0xffffffff, central + 42))).toBe("zip64");
    expect(patch(eocd + 10, (b) => b.writeUInt16LE(0xffff, eocd + 10))).toBe("zip64");
    expect(patch(eocd + 16, (b) => b.writeUInt32LE(0xffffffff, eocd + 16))).toBe("zip64");
    expect(patch(eocd + 10, (b) => b.writeUInt16LE(3, eocd + 10))).toBe("broken");
    expect(patch(central + 42, (b) => b.writeUInt32LE(1, central + 42))).toBe("broken");
    expect(patch(central + 20, (b) => b.writeUInt32LE(buf.length, central + 20))).toBe("broken");
    expect(patch(0, (b) => b.writeUInt32LE(0, 0))).toBe("broken");
  });
  it("finds the directory behind a comment of the longest length a zip allows", () => {
    const buf = zip({ "a.txt": "x" });
    const withComment = Buffer.concat([buf, Buffer.alloc(65_535, 0x41)]);
    withComment.writeUInt16LE(65_535, buf.length - 2);
    expect(zipDirectory(withComment).map((e) => e.name)).toEqual(["a.txt"]);
    // one byte further back is not a zip's end any more
    const tooFar = Buffer.concat([buf, Buffer.alloc(65_536, 0x41)]);
    expect(reason(tooFar)).toBe("broken");
  });
  it("lists nothing in an empty zip (its end record alone)", () => {
    const empty = Buffer.from(zipSync({}));
    expect(empty.length).toBe(22);
    expect(zipDirectory(empty)).toEqual([]);
  });
  it("gives each entry's crc, and steps over extra fields and comments in both headers", () => {
    const files = { "a.xml": [text("<a/>"), { extra: { 0xcafe: new Uint8Array([1, 2, 3]) }, comment: "说明" }], "b.xml": [text("<b/>"), { extra: { 0xbeef: new Uint8Array(9) } }] } as const;
    const buf = Buffer.from(zipSync(files as unknown as Parameters<typeof zipSync>[0]));
    const entries = zipDirectory(buf);
    expect(entries.map((e) => [e.name, e.crc, inflateEntry(buf, e).toString()])).toEqual([
      ["a.xml", crc32(text("<a/>")), "<a/>"],
      ["b.xml", crc32(text("<b/>")), "<b/>"],
    ]);
  });
  it("says broken for a directory or a local header that starts past the archive's end", () => {
    const buf = zip({ "a.txt": "hello" });
    const eocd = buf.length - 22;
    const central = buf.readUInt32LE(eocd + 16);
    const moved = (at: number, value: number) => {
      const b = Buffer.from(buf);
      b.writeUInt32LE(value, at);
      return reason(b);
    };
    expect(moved(eocd + 16, buf.length - 8)).toBe("broken");
    expect(moved(central + 42, buf.length - 10)).toBe("broken");
  });
  it("names its reason in its message", () => {
    expect(new ZipFormatError("zip64").message).toBe("zip: zip64");
  });
  it("refuses a compression method it does not know", () => {
    const buf = zip({ "a.txt": "甲" });
    expect(() => inflateEntry(buf, { ...zipDirectory(buf)[0]!, method: 12 })).toThrow("unsupported compression 12");
  });
});

describe("the zip guard", () => {
  it("explains a broken, encrypted or zip64 workbook in Chinese, naming the file", async () => {
    expect(await refusal(() => guardedEntries(Buffer.from("xx"), "/in/表.xlsx"))).toBe(
      "文件“表.xlsx”不是完整的 xlsx 工作簿（可能已损坏或未完整下载），无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。",
    );
    const buf = zip({ "a.txt": "x" });
    const central = buf.readUInt32LE(buf.length - 22 + 16);
    const encrypted = Buffer.from(buf);
    encrypted.writeUInt16LE(1, central + 8);
    expect(await refusal(() => guardedEntries(encrypted, "表.xlsx"))).toBe("文件“表.xlsx”是加密的工作簿，无法读取。请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再试。");
    const big = Buffer.from(buf);
    big.writeUInt32LE(0xffffffff, central + 24);
    expect(await refusal(() => guardedEntries(big, "表.xlsx"))).toContain("解压后超过 4 GB（ZIP64 格式），超过安全上限（解压后合计200 MB，单个大文件压缩比100倍）");
  });
  it("refuses more entries than the limit", async () => {
    const many = Object.fromEntries(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => [`f${i}`, ""]));
    expect(await refusal(() => guardedEntries(zip(many, 0), "表.xlsx"))).toContain(`解压后包含${ZIP_LIMITS.maxEntries + 1}个文件`);
    expect(guardedEntries(zip(Object.fromEntries(Object.entries(many).slice(1)), 0), "表.xlsx")).toHaveLength(ZIP_LIMITS.maxEntries);
  });
  it("refuses an entry that compresses more than the ratio allows once it is big", async () => {
    const size = ZIP_LIMITS.ratioMinBytes + 1;
    // Zeros compress about a thousand times: over the ratio once the entry is over its size floor.
    expect(deflateRawSync(Buffer.alloc(size)).length * ZIP_LIMITS.maxRatio).toBeLessThan(size);
    const bomb = Buffer.from(zipSync({ "xl/x.xml": new Uint8Array(size) }, { level: 9 }));
    expect(await refusal(() => guardedEntries(bomb, "表.xlsx"))).toMatch(/“xl\/x\.xml”的压缩比为\d+倍/);
    const small = Buffer.from(zipSync({ "xl/x.xml": new Uint8Array(ZIP_LIMITS.ratioMinBytes) }, { level: 9 }));
    expect(guardedEntries(small, "表.xlsx")).toHaveLength(1);
  });
  it("checks what each entry actually inflates to, and finds no bloat in a small sheet", async () => {
    const buf = zip({ "xl/worksheets/sheet1.xml": "<row r=\"1\"/>".repeat(20_000), "b.txt": "b" });
    expect(await checkZip(buf, "表.xlsx")).toEqual({ entries: zipDirectory(buf), bloatedSheets: [] });
    const entries = zipDirectory(buf);
    const lying = Buffer.from(buf);
    const central = lying.readUInt32LE(lying.length - 22 + 16);
    lying.writeUInt32LE(entries[0]!.size - 1, central + 24);
    expect(await refusal(checkZip(lying, "表.xlsx"))).toContain("“xl/worksheets/sheet1.xml”实际大小超过其声明的大小");
    const short = Buffer.from(buf);
    short.writeUInt32LE(entries[0]!.size + 1, central + 24);
    expect(await refusal(checkZip(short, "表.xlsx"))).toContain("不是完整的 xlsx 工作簿");
  });

  it("refuses a directory declaring more than the total limit, and accepts one declaring exactly the limit", async () => {
    const entry = (i: number) => ({ name: `xl/media/image${i}.bin`, data: new Uint8Array(8), declared: ZIP_LIMITS.ratioMinBytes });
    const full = ZIP_LIMITS.maxTotalBytes / ZIP_LIMITS.ratioMinBytes;
    expect(guardedEntries(rawZip(Array.from({ length: full }, (_, i) => entry(i))), "表.xlsx")).toHaveLength(full);
    const over = rawZip(Array.from({ length: full + 1 }, (_, i) => entry(i)));
    expect(await refusal(() => guardedEntries(over, "表.xlsx"))).toContain("解压后声明的大小超过200 MB，超过安全上限（解压后合计200 MB，单个大文件压缩比100倍）");
  });

  it("allows an entry over the size floor a ratio of exactly 100, and refuses it one byte more, naming the ratio", async () => {
    const data = new Uint8Array(110_000);
    const at = (declared: number) => rawZip([{ name: "xl/worksheets/sheet1.xml", data, declared }]);
    expect(guardedEntries(at(11_000_000), "表.xlsx")).toHaveLength(1);
    expect(await refusal(() => guardedEntries(at(11_000_001), "表.xlsx"))).toContain("“xl/worksheets/sheet1.xml”的压缩比为100倍");
    expect(await refusal(() => guardedEntries(at(13_750_000), "表.xlsx"))).toContain("的压缩比为125倍");
  });

  it("says broken, in Chinese, for an entry whose deflate data is not deflate", async () => {
    const garbage = rawZip([{ name: "xl/workbook.xml", data: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), declared: 100 }]);
    expect(await refusal(checkZip(garbage, "表.xlsx"))).toContain("文件“表.xlsx”不是完整的 xlsx 工作簿");
  });
});

describe("checkZip's bloat check of large worksheets", () => {
  /** A worksheet of `rows` rows, each `<row …>` padded to about 930 bytes so 10,000 rows pass the 8 MB floor. */
  const sheet = (rows: number, cells = "") =>
    Array.from({ length: rows }, (_, i) => (i % 2 ? `<row r="${i + 1}" x="${"0".repeat(900)}">${cells}</row>` : `<row>${" ".repeat(920)}${cells}</row>`)).join("");
  const bloated = async (name: string, xml: string) => (await checkZip(zip({ [name]: xml }), "表.xlsx")).bloatedSheets;

  it("names a worksheet of more than 10,000 rows most of them without a value", async () => {
    expect(await bloated("xl/worksheets/sheet1.xml", sheet(10_001, "<c/>"))).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(await bloated("xl/worksheets/sheet1.xml", sheet(10_001, "<c><v>1</v></c>"))).toEqual(["xl/worksheets/sheet1.xml"]);
  });

  it("leaves alone 10,000 empty rows, rows holding two values each, and large parts that are not worksheets", async () => {
    expect(await bloated("xl/worksheets/sheet1.xml", sheet(10_000))).toEqual([]);
    expect(await bloated("xl/worksheets/sheet1.xml", sheet(10_001, '<c><v>1</v></c><c t="s"><f>A1</f></c>'))).toEqual([]);
    expect(await bloated("xl/worksheets/sheet1.xml", sheet(10_001, '<c t="inlineStr"><is><t>甲</t></is></c><c><v t="n">2</v></c>'))).toEqual([]);
    expect(await bloated("xl/worksheets/_rels/sheet1.xml", sheet(10_001))).toEqual([]);
    expect(await bloated("xl/sheet1.xml", sheet(10_001))).toEqual([]);
    expect(await bloated("xl/worksheets/sheet1.xml.bak", sheet(10_001))).toEqual([]);
    expect(await bloated("old/xl/worksheets/sheet1.xml", sheet(10_001))).toEqual([]);
  });

  it("searches worksheets of 8 MB and more, not smaller ones", async () => {
    // 10,001 empty rows padded to exactly `bytes`.
    const sized = (bytes: number) => {
      const row = `<row>${" ".repeat(Math.floor(bytes / 10_001) - 11)}</row>`;
      return row.repeat(10_001) + " ".repeat(bytes - row.length * 10_001);
    };
    expect(Buffer.byteLength(sized(8 * 1024 * 1024))).toBe(8 * 1024 * 1024);
    expect(await bloated("xl/worksheets/sheet1.xml", sized(8 * 1024 * 1024))).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(await bloated("xl/worksheets/sheet1.xml", sized(8 * 1024 * 1024 - 1))).toEqual([]);
  });
});

