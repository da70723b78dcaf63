/**
 * Hostile files: not a zip, a truncated zip, zip bombs (declared and actual sizes, ratio), a sheet
 * formatted down to row 1,048,576, hidden and reordered sheets, a 200 MB JSON file, JSON nested
 * 10,000 deep. Each is refused with a Chinese message and exit code 2 — never a stack trace or an
 * out-of-memory crash — or read cleanly. The files are made here, in a temp folder.
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readInput } from "../../src/read/read-input.js";
import { INPUT_LIMITS } from "../../src/read/guard-input.js";
import { ZIP_LIMITS } from "../../src/read/guard-zip.js";
import { validate } from "../../src/validate.js";
import { formatError, type TongbaoError } from "../../src/errors.js";
import { clean, cliPath, exampleData, root, tempDir, tongbao, writeJson } from "./helpers.js";
import { deflatedZeros, writeZip } from "../helpers/raw-zip.js";

const dir = tempDir("files");
const MB = 1024 * 1024;


function refusedWith(args: string[], message: RegExp) {
  const r = tongbao(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(clean(r), r.stderr).toBe(true);
  return r;
}

describe("files that are not workbooks", { timeout: 60_000 }, () => {
  it("refuses a .xlsx that is not a zip", () => {
    const file = join(dir, "not-a-zip.xlsx");
    writeFileSync(file, "这不是工作簿\n");
    refusedWith(["validate", file], /既不是 xlsx 工作簿，也不是 JSON 文件/);
  });

  it("refuses a truncated workbook, cut anywhere", () => {
    const whole = readFileSync(join(root, "data/example.xlsx"));
    for (const cut of [0.1, 0.5, 0.9, 0.999]) {
      const file = join(dir, `truncated-${cut}.xlsx`);
      writeFileSync(file, whole.subarray(0, Math.floor(whole.length * cut)));
      refusedWith(["validate", file], /不是完整的 xlsx 工作簿/);
    }
  });
});

describe("zip bombs", { timeout: 60_000 }, () => {
  const bomb = deflatedZeros(320);

  it("refuses an archive whose declared size is over the limit, before inflating", () => {
    const file = join(dir, "bomb-declared.xlsx");
    writeZip(file, [{ name: "xl/worksheets/sheet1.xml", data: bomb, declared: 320 * MB }]);
    refusedWith(["validate", file], new RegExp(`超过安全上限（解压后合计${ZIP_LIMITS.maxTotalBytes / MB} MB`));
  });

  it("refuses an entry that inflates beyond what it declares (a lying directory), with a small heap", () => {
    const file = join(dir, "bomb-lying.xlsx");
    writeZip(file, [{ name: "xl/worksheets/sheet1.xml", data: bomb, declared: 1000 }]);
    // A 64 MB heap is enough: the inflated bytes are counted and dropped, never kept.
    const run = spawnSync(process.execPath, ["--max-old-space-size=64", cliPath, "validate", file], { encoding: "utf8", timeout: 60_000 });
    const r = { code: run.status, stdout: run.stdout, stderr: run.stderr };
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/实际大小超过其声明的大小/);
    expect(clean(r)).toBe(true);
  });

  it("refuses many honest entries that add up beyond the limit", () => {
    const file = join(dir, "bomb-many.xlsx");
    const each = deflatedZeros(48);
    writeZip(file, [0, 1, 2, 3, 4].map((i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: each, declared: 0 })).map((e) => ({ ...e, declared: 48 * MB - 1 })));
    refusedWith(["validate", file], /超过安全上限/);
  });

  it("refuses a big entry with a compression ratio over the limit", () => {
    const file = join(dir, "bomb-ratio.xlsx");
    writeZip(file, [{ name: "xl/sharedStrings.xml", data: deflatedZeros(32), declared: 32 * MB }]);
    refusedWith(["validate", file], /压缩比为\d+倍/);
  });
});

describe("XML entity tricks inside a workbook", { timeout: 60_000 }, () => {
  const laughs = `<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">${"bcdefgh".split("").map((c, i) => `<!ENTITY ${c} "${`&${"abcdefgh"[i]};`.repeat(10)}">`).join("")}]>`;
  const external = '<!DOCTYPE sst [<!ENTITY h SYSTEM "file:///etc/passwd">]>';
  it.each([
    ["a billion laughs", laughs],
    ["an external entity", external],
  ])("refuses %s in the shared strings without expanding it", (_, dtd) => {
    const parts = unzipSync(readFileSync(join(root, "data/example.xlsx")));
    const xml = strFromU8(parts["xl/sharedStrings.xml"]!);
    const at = xml.indexOf("?>") + 2;
    parts["xl/sharedStrings.xml"] = strToU8(`${xml.slice(0, at)}${dtd}${xml.slice(at).replace("<t>", "<t>&h;")}`);
    const file = join(dir, `entities-${_.length}.xlsx`);
    writeFileSync(file, zipSync(parts));
    const r = refusedWith(["validate", file], /不是完整的 xlsx 工作簿/);
    expect(r.stderr).not.toContain("root:");
  });
});

/** A valid workbook whose 政府网站 sheet is formatted (styled, empty) down to row 1,048,576. */
async function millionRowWorkbook(withCells: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const d = exampleData();
  const n = wb.addWorksheet("通报信息");
  n.addRow(["项目", "内容"]);
  for (const [h, k] of [["文种", "kind"], ["发文机关", "issuer"], ["检查期间", "period"], ["成文日期", "signDate"], ["主送机关", "recipients"]] as const) n.addRow([h, d.notice[k]]);
  const ws = wb.addWorksheet("政府网站");
  ws.addRow(["网站名称", "主办单位", "检查结论"]);
  for (let i = 1; i <= 3; i++) ws.addRow([`网站${i}`, `单位${i}`, i === 2 ? "不合格" : "合格"]);
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const name = "xl/worksheets/sheet2.xml";
  const empty: string[] = [];
  for (let r = 5; r <= 1_048_576; r++) {
    empty.push(withCells ? `<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>` : `<row r="${r}" s="1" customFormat="1"/>`);
  }
  parts[name] = strToU8(strFromU8(parts[name]!).replace("</sheetData>", `${empty.join("")}</sheetData>`));
  const file = join(dir, `million-${withCells ? "cells" : "rows"}.xlsx`);
  writeFileSync(file, zipSync(parts, { level: 1 }));
  return file;
}

describe("a sheet formatted down to row 1,048,576", { timeout: 120_000 }, () => {
  it.each([false, true])("is read cleanly, only the filled rows (empty cells too: %s)", async (withCells) => {
    const file = await millionRowWorkbook(withCells);
    const raw = await readInput(file);
    expect(raw.sheets.websites?.records).toHaveLength(3);
    let data;
    try {
      data = validate(raw).data;
    } catch (e) {
      throw new Error(formatError(e as TongbaoError));
    }
    expect(data.websites.map((w) => w.name)).toEqual(["网站1", "网站2", "网站3"]);
    if (withCells) return;
    const r = tongbao(["validate", file]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe("sheets hidden or in another order", { timeout: 60_000 }, () => {
  it("reads hidden sheets and any sheet order the same as the example", async () => {
    const plain = validate(await readInput(join(root, "data/example.xlsx"))).data;
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(join(root, "data/example.xlsx"));
    const out = new ExcelJS.Workbook();
    for (const ws of [...src.worksheets].reverse()) {
      const copy = out.addWorksheet(ws.name, { state: ws.name === "政务新媒体" ? "hidden" : ws.name === "正文" ? "veryHidden" : "visible" });
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        copy.getRow(n).values = row.values as ExcelJS.CellValue[];
      });
    }
    const file = join(dir, "reordered-hidden.xlsx");
    await out.xlsx.writeFile(file);
    const again = validate(await readInput(file)).data;
    expect(again).toEqual(plain);
  });
});

describe("big and deep JSON", { timeout: 60_000 }, () => {
  it("refuses a 200 MB JSON file before reading it, with exit code 2", () => {
    const file = join(dir, "huge.json");
    const fd = openSync(file, "w");
    const row = JSON.stringify({ name: "某网站", unit: "某单位", verdict: "合格" });
    const chunk = Buffer.from(`${Array.from({ length: 4000 }, () => row).join(",")},`);
    writeSync(fd, '{"websites":[');
    for (let written = 0; written < 200 * MB; written += chunk.length) writeSync(fd, chunk);
    writeSync(fd, `${row}]}`);
    closeSync(fd);
    refusedWith(["validate", file], new RegExp(`超过上限${INPUT_LIMITS.maxBytes / MB} MB，未读取`));
  });

  it.each([
    ["at the top", (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`],
    ["inside a field", (depth: number) => `{"notice":{"note":${"[".repeat(depth)}${"]".repeat(depth)}}}`],
    ["as objects", (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`],
  ])("refuses JSON nested 10,000 deep %s, without a stack overflow", (_, make) => {
    const file = join(dir, `deep-${_.replace(/\s/g, "-")}.json`);
    writeFileSync(file, make(10_000));
    refusedWith(["validate", file], new RegExp(`JSON 嵌套超过${INPUT_LIMITS.maxJsonDepth}层`));
  });

  it("still reads JSON whose strings contain brackets and escaped quotes", async () => {
    const d = exampleData();
    d.notice.note = `${"[{".repeat(100)}\\"${"}]".repeat(100)}`;
    const raw = await readInput(writeJson(dir, "brackets.json", d));
    expect(validate(raw).data.notice.note).toBe(d.notice.note);
  });
});
