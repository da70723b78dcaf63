/**
 * The 版记's page number, measured in LibreOffice: GB/T 9704 7.5 numbers the 版记 page unless a blank page
 * precedes it, which depends on how many pages the content fills. The renderer decides from its own page
 * estimate (src/render/page-count.ts); here the estimate meets LibreOffice's layout on notices of every kind
 * and length, and both outcomes are looked at on the page.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { unitDocument } from "../../src/compose/unit-document.js";
import { buildNotice, readInputFile } from "../../src/generate.js";
import type { NoticeDocument } from "../../src/outline.js";
import { attachmentContent } from "../../src/render/attachment.js";
import { mainPages } from "../../src/render/fit-page.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { gridTable } from "../../src/render/table-docx.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { unitJobs } from "../../src/units/unit-files.js";
import { validate } from "../../src/validate.js";
import { ningxia } from "../fixtures/outlines/ningxia.js";
import { blackRules, cleanup, renderPdf, type Page, type Word } from "./libreoffice.js";

const AREA = { left: 28, right: 184, bottom: 262 };
const isPageNumber = (l: Word) => /^—\d+—$/.test(l.text);
const estimate = (doc: NoticeDocument) => mainPages(doc) + doc.attachments.reduce((n, a) => n + attachmentContent(a, "附件", gridTable).pages, 0);

const corpus: Record<string, NoticeDocument> = {};
const dirs: string[] = [];
let five: Page[];
let fivePdf: string;
let longCc: { pages: Page[]; pdf: string };
/** A 抄送 of four lines: every city and county of the region and the offices of the 自治区. */
const CC = "自治区党委办公厅，自治区人大常委会办公厅，自治区政协办公厅，银川市、石嘴山市、吴忠市、固原市、中卫市人民政府办公室，宁东能源化工基地管委会办公室，自治区政府各部门、各直属机构办公室。";
beforeAll(async () => {
  for (const k of [0, 1, 2, 3]) corpus[`宁夏 with ${k} attachments`] = { ...ningxia, attachments: ningxia.attachments.slice(0, k) };
  for (const seed of ["ningxia", "panjin", "qingshen"]) {
    const { data } = validate(await readInputFile({ name: `${seed}.json`, bytes: await readFile(`test/fixtures/seeds/${seed}.json`) }));
    corpus[`${seed} rebuild with its full listing`] = buildNotice(data, { fullListing: true }).document;
  }
  const { data } = validate(await readInputFile({ name: "example.xlsx", bytes: await readFile("data/example.xlsx") }));
  const notice = buildNotice(data).document;
  corpus["the example's notice"] = notice;
  for (const job of unitJobs(groupByUnit(data), "all", false).filter((j) => ["安澜市城市管理局", "安澜市融媒体中心", "安澜市公安分局"].includes(j.stem))) {
    corpus[`the example's 整改通知单 for ${job.stem}`] = unitDocument(job.group, { title: notice.title, info: data.notice }, job.template, builtinTemplate(job.template));
  }
  const rendered = renderPdf(await renderDocx({ ...ningxia, attachments: ningxia.attachments.slice(0, 3) }));
  dirs.push(rendered.dir);
  five = rendered.pages;
  fivePdf = rendered.pdf;
  const cc = renderPdf(await renderDocx({ ...ningxia, imprint: { ...ningxia.imprint!, cc: CC } }));
  dirs.push(cc.dir);
  longCc = cc;
}, 300_000);
afterAll(() => dirs.forEach(cleanup));

describe("the page estimate", () => {
  it("counts the pages LibreOffice lays out, for short and long notices, rebuilds and per-unit files", async () => {
    const counted: Record<string, [number, number]> = {};
    for (const [name, doc] of Object.entries(corpus)) {
      const { pages, dir } = renderPdf(await renderDocx({ ...doc, imprint: undefined }));
      cleanup(dir);
      counted[name] = [estimate(doc), pages.length];
    }
    expect(Object.keys(counted)).toHaveLength(11);
    // Long listings among them: the 宁夏 rebuild's runs over 60 pages.
    expect(Math.max(...Object.values(counted).map(([, lo]) => lo))).toBeGreaterThan(50);
    for (const [name, [estimated, laidOut]] of Object.entries(counted)) expect(estimated, name).toBe(laidOut);
  }, 600_000);
});

describe("版记 after content ending on an odd page (宁夏 with three attachments)", () => {
  it("stands on page 6 with no blank page before it and is numbered — 6 — at the left like every even page", () => {
    expect(five).toHaveLength(6);
    expect(five[4]!.lines.some((l) => l.text === "—5—")).toBe(true);
    const last = five[5]!;
    expect(last.words.some((w) => w.text.endsWith("印发"))).toBe(true);
    const number = last.lines.find(isPageNumber)!;
    expect(number.text).toBe("—6—");
    expect(Math.abs(number.xMin - (AREA.left + 4.94))).toBeLessThan(1);
  });

  it("keeps the 版记's last rule on the 版心's lower edge, the page number below it", () => {
    const rules = blackRules(fivePdf, 6);
    expect(rules).toHaveLength(3);
    expect(Math.abs(rules[2]! - AREA.bottom)).toBeLessThan(1);
    expect(five[5]!.lines.find(isPageNumber)!.yMin).toBeGreaterThan(rules[2]! + 3);
  });
});

describe("版记 with a 抄送 of four lines", () => {
  it("still ends on the 版心's lower edge of the even page, with no page after it", () => {
    expect(longCc.pages).toHaveLength(8);
    const last = longCc.pages[7]!;
    const rules = blackRules(longCc.pdf, 8);
    expect(rules).toHaveLength(3);
    // Four lines of 抄送 between the first two rules, the names wrapped under the names.
    const cc = last.lines.filter((l) => l.yMin > rules[0]! && l.yMin < rules[1]!);
    expect(cc.map((l) => l.text.slice(0, 3))).toEqual(["抄送：", "办公厅", "政府办", "各部门"]);
    expect(Math.abs(cc[1]!.xMin - (AREA.left + 4 * 4.94))).toBeLessThan(0.5);
    expect(Math.abs(rules[2]! - AREA.bottom)).toBeLessThan(1);
  });
});
