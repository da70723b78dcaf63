/**
 * generate, the pipeline on paths: templates given by path are read here (the command line's relative to
 * the working folder, the workbook's 模板 relative to the workbook), every file lands atomically in the
 * output folder, and the result names them by absolute path.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { isTongbaoError } from "../src/errors.js";
import { generate } from "../src/write-outputs.js";
import { validSheets, withSheet, writeWorkbook } from "./helpers/workbook-builder.js";
import { part, paragraphsText } from "./render/unzip-docx.js";

const TEMPLATE = "{{> front}}\n{{no 1}}自定义模板的段落\n{{notice.issuer}}组织开展了检查。";
const text = async (docx: string) => paragraphsText(part(await readFile(docx), "word/document.xml")).join("\n");

/** The valid workbook with its 模板 field set. */
const withTemplate = (template: string) =>
  writeWorkbook(withSheet("通报信息", (d) => ({ ...d, rows: [...d.rows, ["模板", template]] })));

describe("generate", { timeout: 60_000 }, () => {
  it("reads the workbook's 模板 relative to the workbook and names every file written by absolute path", async () => {
    const input = await withTemplate("模板/我的.hbs");
    const dir = join(dirname(input), "模板");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "我的.hbs"), TEMPLATE);
    const out = await mkdtemp(join(tmpdir(), "tongbao-outputs-"));
    const r = await generate({ input, outDir: relative(process.cwd(), out), xlsx: true });
    expect(r.files.every((f) => isAbsolute(f) && f.startsWith(out))).toBe(true);
    expect((await readdir(out)).sort()).toEqual(r.files.map((f) => relative(out, f)).sort());
    expect(await text(r.files[0]!)).toContain("自定义模板的段落");
  });

  it("reads a --template path relative to the working folder, not the workbook's", async () => {
    const input = await writeWorkbook(validSheets());
    const here = await mkdtemp(join(tmpdir(), "tongbao-template-"));
    await writeFile(join(here, "t.hbs"), TEMPLATE);
    const out = await mkdtemp(join(tmpdir(), "tongbao-outputs-"));
    const r = await generate({ input, outDir: out, template: relative(process.cwd(), join(here, "t.hbs")) });
    expect(await text(r.files[0]!)).toContain("自定义模板的段落");
  });

  it("takes the built-in names as names, 调查通知 included, not as paths", async () => {
    const input = await writeWorkbook(validSheets());
    for (const template of ["月度通报", "调查通知"]) {
      const r = await generate({ input, outDir: await mkdtemp(join(tmpdir(), "tongbao-outputs-")), template });
      expect(r.files).toHaveLength(1);
    }
    const r = await generate({ input, outDir: await mkdtemp(join(tmpdir(), "tongbao-outputs-")), template: "调查通知" });
    expect(await text(r.files[0]!)).toContain("政务新媒体建设情况调查表");
  });

  it("writes nothing, not even the folder, when the template cannot be read", async () => {
    const input = await withTemplate("不存在.hbs");
    const out = join(await mkdtemp(join(tmpdir(), "tongbao-outputs-")), "out");
    const e = await generate({ input, outDir: out }).catch((err: unknown) => err);
    expect(isTongbaoError(e) && e.code).toBe("E_TEMPLATE");
    await expect(readdir(out)).rejects.toThrow();
  });
});
