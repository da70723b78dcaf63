/**
 * The page's view of a run, as JSON: issues split into table columns, the figures the notice states,
 * the chart series and a preview of the notice (long tables cut). Pure: built from the public stages' results.
 */
import { formatIssue, formatRate, type Facts, type Issue, type NoticeDocument } from "../index.js";
import type { AttachmentBlock, TableSpec } from "../outline.js";
import type { ChartView, Figure, Inspected, IssueView, PreviewBlock, PreviewDocument, PreviewTable } from "../web/api-types.js";

type Tally = Facts["websites"]["total"];
type Groups = Facts["websites"]["byCategory"];

/** Rows of a table the preview shows; the Word file has them all. */
export const PREVIEW_ROWS = 30;

const text = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === "string" ? v : v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v);

export function issueView(issue: Issue): IssueView {
  const loc = issue.location;
  const cell = loc?.sheet ? `${loc.column ?? ""}${loc.row ?? ""}` : (loc?.path ?? (loc?.line !== undefined ? String(loc.line) : undefined));
  const value = text(issue.value);
  return {
    severity: issue.severity,
    ...(loc?.sheet ? { sheet: loc.sheet } : {}),
    ...(cell ? { cell } : {}),
    ...(loc?.header ? { header: loc.header } : {}),
    ...(value !== undefined ? { value } : {}),
    message: issue.message,
    ...(issue.fix ? { fix: issue.fix } : {}),
    line: formatIssue(issue),
  };
}

const percent = (t: Tally) => (t.passRate.den === 0 ? 0 : Math.round((1000 * t.passRate.num) / t.passRate.den) / 10);

/** One kind's figures as the notice states them: the running total only when known, 抽查 for a sample, the office's decimals. */
function itemFigures(kind: string, unit: string, items: Facts["websites"], sample: boolean, decimals: number | undefined): Figure[] {
  const t: Tally = items.total;
  if (t.running === 0) return [];
  const verb = sample ? "抽查" : "检查";
  const running = items.sample.total;
  const counted = running !== undefined ? `运行${running}${unit}，${verb}${t.checked}${unit}` : `${verb}${t.checked}${unit}（运行总数未填写）`;
  return [
    { label: kind, value: counted },
    ...(t.checked > 0
      ? [
          { label: `${kind}合格`, value: `${t.passed}${unit}，合格率${formatRate(t.passRate, decimals)}` },
          { label: `${kind}不合格`, value: `${t.failed}${unit}${t.vetoed > 0 ? `（存在突出问题${t.vetoed}${unit}）` : ""}` },
        ]
      : []),
  ];
}

/** The figures the notice will state, as the notice writes them (合格率小数位数 `decimals`). */
export function figuresOf(facts: Facts, decimals?: number): Figure[] {
  const sample = facts.checkKind === "sample";
  const out = [...itemFigures("政府网站", "个", facts.websites, sample, decimals), ...itemFigures("政务新媒体", "个", facts.accounts, sample, decimals)];
  const p = facts.publications;
  if (p.units > 0) out.push({ label: "信息发布", value: `${p.units}个单位主动公开信息${p.published}条` });
  const i = facts.interactions;
  if (i.channels.length > 0) out.push({ label: "互动交流", value: `收到${i.received}件${i.closeRate ? `，办结率${formatRate(i.closeRate, decimals)}` : ""}` });
  const f = facts.followUps;
  if (f.total > 0) out.push({ label: "上期整改", value: `${f.total}个问题，已整改${f.fixed}个，整改率${formatRate(f.fixRate, decimals)}` });
  return out;
}

/** Pass rates of websites and accounts side by side, over the union of their groups. */
function rateChart(id: string, title: string, groups: [string, Groups][], decimals: number | undefined): ChartView | undefined {
  const used = groups.map(([name, g]) => [name, g.filter((x) => x.checked > 0)] as const).filter(([, g]) => g.length > 0);
  const categories = [...new Set(used.flatMap(([, g]) => g.map((x) => x.key)))];
  if (categories.length === 0) return undefined;
  const series = used.map(([name, g]) => {
    const by = new Map(g.map((x) => [x.key, x]));
    return {
      name,
      values: categories.map((c) => (by.has(c) ? percent(by.get(c)!) : null)),
      labels: categories.map((c) => (by.has(c) ? formatRate(by.get(c)!.passRate, decimals) : "无")),
    };
  });
  return { id, title, unit: "%", categories, series };
}

function problemChart(facts: Facts): ChartView | undefined {
  const kinds = [
    ["政府网站", facts.websites.problems],
    ["政务新媒体", facts.accounts.problems],
  ] as const;
  const categories = [...new Set(kinds.flatMap(([, p]) => p.map((c) => c.category)))];
  if (categories.length === 0) return undefined;
  const series = kinds
    .filter(([, p]) => p.length > 0)
    .map(([name, p]) => {
      const values = categories.map((c) => p.find((x) => x.category === c)?.count ?? null);
      return { name, values, labels: values.map((v) => `${v ?? 0}个`) };
    });
  return { id: "problems", title: "问题数（按类别）", unit: "个", horizontal: true, stacked: true, categories, series };
}

/** The charts of the page, their rates as the notice writes them (合格率小数位数 `decimals`). */
export function chartsOf(facts: Facts, decimals?: number): ChartView[] {
  const both = (pick: (f: Facts["websites"]) => Groups): [string, Groups][] => [
    ["政府网站", pick(facts.websites)],
    ["政务新媒体", pick(facts.accounts)],
  ];
  return [
    rateChart("by-category", "合格率（按单位类别）", both((f) => f.byCategory), decimals),
    rateChart("by-region", "合格率（按所属地区）", both((f) => f.byRegion), decimals),
    rateChart("by-platform", "政务新媒体合格率（按平台类型）", [["政务新媒体", facts.accounts.byPlatform]], decimals),
    problemChart(facts),
  ].filter((c): c is ChartView => c !== undefined);
}

function previewTable(t: TableSpec): PreviewTable {
  return {
    columns: t.columns.map((c) => ({ header: c.header, ...(c.align ? { align: c.align } : {}) })),
    rows: t.rows.slice(0, PREVIEW_ROWS),
    ...(t.totals ? { totals: t.totals } : {}),
    ...(t.caption ? { caption: t.caption } : {}),
    ...(t.notes ? { notes: t.notes } : {}),
    omitted: Math.max(0, t.rows.length - PREVIEW_ROWS),
  };
}

const previewBlock = (b: AttachmentBlock): PreviewBlock => (b.kind === "table" ? { kind: "table", table: previewTable(b.table) } : b);

export function previewOf(doc: NoticeDocument): PreviewDocument {
  return {
    ...(doc.mark ? { mark: doc.mark } : {}),
    ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
    title: doc.title,
    ...(doc.recipients ? { recipients: doc.recipients } : {}),
    body: doc.body.map(previewBlock),
    attachmentTitles: doc.attachments.map((a) => a.title),
    signature: doc.signature,
    ...(doc.note ? { note: doc.note } : {}),
    attachments: doc.attachments.map((a) => ({ title: a.title, blocks: a.blocks.map(previewBlock) })),
  };
}

/** Sheets in the order the CLI's summary names them. */
const SHEET_ORDER = ["通报信息", "政府网站", "政务新媒体", "信息发布统计", "互动交流", "上期整改", "正文"];

export function inspectedView(name: string, counts: Record<string, number>, facts: Facts, doc: NoticeDocument, warnings: Issue[], decimals?: number): Inspected {
  return {
    ok: true,
    name,
    title: doc.title,
    counts: SHEET_ORDER.filter((s) => (counts[s] ?? 0) > 0).map((sheet) => ({ sheet, count: counts[sheet]! })),
    figures: figuresOf(facts, decimals),
    charts: chartsOf(facts, decimals),
    preview: previewOf(doc),
    warnings: warnings.map(issueView),
  };
}
