/**
 * The page in a real browser (Debian's Chromium driven by playwright-core), the way a clerk uses it:
 * download the template, upload the example, read its figures and charts, download the notice and open
 * it; upload a broken workbook, a zip bomb and a 60 MB file; per-unit files as one zip; ten uploads at once.
 * Screenshots of each state go to out/web/.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { aggregate, formatIssue, formatRate, isTongbaoError, readInput, validate } from "../../src/index.js";
import { createServer } from "../../src/serve/server.js";
import { example, root, uploadsDir, writeBrokenWorkbook, writeLargeFile, writeZipBomb } from "../serve/uploads.js";

const CHROMIUM = "/usr/bin/chromium";
const shots = join(root, "out", "web");
const dir = uploadsDir();

if (!existsSync(CHROMIUM)) console.warn(`test/web: ${CHROMIUM} is missing (apt-get install chromium); the browser tests are skipped.`);

/** The text of every w:t in a docx's word/document.xml. */
function documentText(docx: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipSync(docx)["word/document.xml"]!);
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        if (k === "w:t") texts.push(...[v].flat().map((t) => (typeof t === "object" && t ? String((t as Record<string, unknown>)["#text"] ?? "") : String(t))));
        else walk(v);
      }
  };
  walk(new XMLParser({ ignoreAttributes: true, preserveOrder: false }).parse(xml));
  return texts.join("");
}

describe.skipIf(!existsSync(CHROMIUM))("the web page in Chromium", { timeout: 180_000 }, () => {
  let browser: Browser;
  let page: Page;
  let close: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const { app } = await createServer({ port: 0 });
    await app.listen({ host: "127.0.0.1", port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/`;
    close = () => app.close();
    browser = await chromium.launch({ executablePath: CHROMIUM });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    page.setDefaultTimeout(120_000); // a loaded CI machine: wait for selectors long, never sleep
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  const open = async () => {
    await page.goto(url);
    await page.waitForSelector("body[data-state=empty]");
  };
  /** The page from the top, at most 2,400 px of it (the preview below runs to many A4 pages). */
  const shot = async (name: string) => {
    const height = Math.min(2400, (await page.evaluate("document.documentElement.scrollHeight")) as number);
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1366, height } });
  };
  const choose = (file: string) => page.setInputFiles("#file", file);

  test("offers the fill-in template workbook for download", async () => {
    await open();
    await shot("1-empty");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.id")).toBe("choose");
    // Enter on 选择文件 opens the file input (its click event, seen in the page: waiting for Playwright's
    // "filechooser" event raced with the interception being switched on and failed now and then).
    await page.evaluate(`document.getElementById("file").addEventListener("click", () => { document.body.dataset.chooser = "opened"; }, { once: true })`);
    await page.keyboard.press("Enter");
    await page.waitForSelector("body[data-chooser=opened]");
    expect(await page.getAttribute("#file", "multiple")).toBeNull();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-template")]);
    expect(download.suggestedFilename()).toBe("检查数据模板.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["填写说明", "通报信息", "政府网站", "政务新媒体"]));
  });

  test("shows what the example workbook holds: counts, the notice's figures, charts and the preview", async () => {
    await open();
    await choose(example);
    await page.waitForSelector("body[data-state=figures]");
    const { data, counts } = validate(await readInput(example));
    const facts = aggregate(data);
    const figures = await page.textContent("#figures");
    expect(figures).toContain(`${facts.websites.total.passed}个，合格率${formatRate(facts.websites.total.passRate)}`);
    expect(figures).toContain(`${facts.accounts.total.passed}个，合格率${formatRate(facts.accounts.total.passRate)}`);
    expect(await page.textContent("#counts")).toContain(`政务新媒体${counts["政务新媒体"]}`);
    await page.waitForSelector("#chart-by-category svg");
    expect(await page.locator("#charts figure").count()).toBeGreaterThanOrEqual(3);
    expect(await page.getAttribute("#chart-by-platform .chart", "aria-label")).toContain(`微信${formatRate(facts.accounts.byPlatform.find((p) => p.key === "微信")!.passRate)}`);
    expect(await page.textContent("#preview .a4 .title")).toBe(data.notice.title ?? (await page.textContent("#result-title-line"))!.slice(1, -1));
    await shot("3-figures");
    const first = (await page.locator("#preview .a4").first().boundingBox())!;
    await page.screenshot({ path: join(shots, "3-preview-page1.png"), fullPage: true, clip: { ...first, height: Math.min(first.height, 1123) } });
    await page.locator("#preview .a4.attachment").first().screenshot({ path: join(shots, "3-preview-attachment1.png") });
  });

  test("downloads the notice as a Word file that holds the notice's text", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#generate-button")]);
    await page.waitForSelector("body[data-state=done]");
    await shot("4-done");
    const title = (await page.textContent("#preview .a4 .title"))!;
    expect(download.suggestedFilename()).toBe(`${title}.docx`);
    const text = documentText(readFileSync((await download.path())!));
    expect(text).toContain(title);
    expect(text).toContain("附件");
  });

  test("writes one zip with the notice and every unit's file (各单位文件)", async () => {
    await page.check("#per-unit-all");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 150_000 }), page.click("#generate-button")]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const entries = Object.keys(unzipSync(readFileSync((await download.path())!)));
    const title = (await page.textContent("#preview .a4 .title"))!;
    expect(entries).toContain(`${title}.docx`);
    const units = entries.filter((e) => e.startsWith(`${title}-各单位/`) && e.endsWith(".docx"));
    expect(units.length).toBeGreaterThan(10);
    expect(await page.textContent("#done")).toContain(`已生成 ${entries.length} 个文件`);
    await page.check("input[name=perUnit][value='']");
  });

  test("lists every error of a broken workbook at its sheet and cell, as the CLI words it", async () => {
    const broken = await writeBrokenWorkbook(dir);
    const expected = await readInput(broken).then(validate).then(
      () => [] as string[],
      (e: unknown) => (isTongbaoError(e) ? e.issues.map(formatIssue) : []),
    );
    expect(expected).toHaveLength(2);
    await open();
    await choose(broken);
    await page.waitForSelector("body[data-state=errors]");
    await shot("2-errors");
    expect(await page.textContent("#errors-message")).toBe("检查结果-有错.xlsx中有2处错误，未生成任何文件。");
    const rows = page.locator("#errors-table tbody tr:not(.group)");
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("title")))).toEqual(expected);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(1, 5).map((td) => td.textContent)));
    expect(cells).toContainEqual(["政务新媒体", "C3", "平台类型", "微薄"]);
    expect(cells).toContainEqual(["政府网站", "J4", "得分", "很好"]);
    expect(await page.locator("#errors-table tbody tr.group").allTextContents()).toEqual(["政府网站（1处错误）", "政务新媒体（1处错误）"]);
    expect(await page.isVisible("#generate")).toBe(false);
  });

  test("refuses a zip bomb with a clear sentence", async () => {
    await open();
    await choose(writeZipBomb(dir));
    await page.waitForSelector("body[data-state=errors]");
    expect(await page.textContent("#errors-message")).toMatch(/^文件“炸弹\.xlsx”解压后.*疑为恶意构造的压缩包，已拒绝读取。/);
    await shot("5-zip-bomb");
  });

  test("refuses a 60 MB file before uploading it, naming the limit", async () => {
    await open();
    await choose(writeLargeFile(dir, 60));
    await page.waitForSelector("#errors:not([hidden])");
    expect(await page.textContent("#errors-message")).toContain("“大文件-60MB.xlsx”有60 MB。文件超过网页上传上限50 MB，未读取。");
    await shot("6-too-large");
  });

  test("reads a file dropped on the box as one chosen", async () => {
    await open();
    const json = [...readFileSync(join(root, "data", "example.json"))];
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: typeof File };
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([new Uint8Array(bytes)], "example.json", { type: "application/json" }));
      return dt;
    }, json);
    await page.dispatchEvent("#drop", "drop", { dataTransfer });
    await page.waitForSelector("body[data-state=figures]");
    expect(await page.textContent("#status")).toMatch(/^已读取“example\.json”：通报信息\d+项，政府网站\d+行/);
  });

  test("with an access code (--host, or --code) asks for it before showing the page", async () => {
    const code = "2468-1357";
    const { app } = await createServer({ host: "127.0.0.2", code });
    await app.listen({ host: "127.0.0.2", port: 0 });
    try {
      const other = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      other.setDefaultTimeout(120_000);
      await other.goto(`http://127.0.0.2:${(app.server.address() as { port: number }).port}/`);
      await other.fill("#code", "0000-0000");
      await other.press("#code", "Enter");
      await other.waitForSelector("[role=alert]");
      expect(await other.textContent("[role=alert]")).toBe("访问码不对，请重新输入。");
      await other.screenshot({ path: join(shots, "7-access-code.png") });
      await other.fill("#code", code);
      await other.press("#code", "Enter");
      await other.waitForSelector("body[data-state=empty]");
      await other.close();
    } finally {
      await app.close();
    }
  });

  test("answers ten uploads sent at once", async () => {
    await open();
    const bytes = [...readFileSync(example)];
    const statuses = await page.evaluate(async (data) => {
      const file = new File([new Uint8Array(data)], "example.xlsx");
      const one = async () => {
        const form = new FormData();
        form.append("file", file);
        const res = await fetch("/api/inspect", { method: "POST", body: form });
        return `${res.status} ${((await res.json()) as { title?: string }).title ? "title" : "none"}`;
      };
      return Promise.all(Array.from({ length: 10 }, one));
    }, bytes);
    expect(statuses).toEqual(Array(10).fill("200 title"));
  });
});
