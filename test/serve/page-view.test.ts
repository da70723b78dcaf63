import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { aggregate, chooseBuiltin, compose, formatIssue, formatRate, InspectionSchema, readInputFile, templateSetOf, validate, type Issue } from "../../src/index.js";
import { chartsOf, figuresOf, issueView, PREVIEW_ROWS, previewOf } from "../../src/serve/page-view.js";
import { example } from "./uploads.js";

const validated = async () => validate(await readInputFile({ name: "example.xlsx", bytes: readFileSync(example) }));

describe("page view", { timeout: 60_000 }, () => {
  test("states the notice's figures as the notice writes them, derived from the data", async () => {
    const facts = aggregate((await validated()).data);
    const figures = Object.fromEntries(figuresOf(facts).map((f) => [f.label, f.value]));
    expect(figures["政府网站合格"]).toBe(`${facts.websites.total.passed}个，合格率${formatRate(facts.websites.total.passRate)}`);
    expect(figures["上期整改"]).toBe(`${facts.followUps.total}个问题，已整改${facts.followUps.fixed}个，整改率${formatRate(facts.followUps.fixRate)}`);
  });

  test("states a sample as the notice does: the declared running total, 抽查, and the office's rate decimals", () => {
    const data = InspectionSchema.parse({
      notice: { issuer: "某县人民政府办公室", recipients: "各乡镇", signDate: "2024-10-12", period: "2024-Q3", checkKind: "sample", accountTotal: 120, rateDecimals: 2 },
      accounts: [
        { name: "甲", unit: "甲局", platform: "微信", category: "县级部门" },
        { name: "乙", unit: "乙局", platform: "微博", category: "县级部门", vetoes: ["栏目不更新"] },
        { name: "丙", unit: "丙局", platform: "抖音", category: "县级部门" },
      ],
    });
    const figures = Object.fromEntries(figuresOf(aggregate(data), data.notice.rateDecimals).map((f) => [f.label, f.value]));
    expect(figures["政务新媒体"]).toBe("运行120个，抽查3个");
    expect(figures["政务新媒体合格"]).toBe("2个，合格率66.67%");
    const platforms = chartsOf(aggregate(data), data.notice.rateDecimals).find((c) => c.id === "by-platform")!;
    expect(platforms.categories).toEqual(["微信", "微博", "抖音"]);
    expect(platforms.series[0]!.labels).toEqual(["100%", "0%", "100%"]);
    const categories = chartsOf(aggregate(data), data.notice.rateDecimals).find((c) => c.id === "by-category")!;
    expect(categories.series[0]!.labels).toEqual(["66.67%"]);
  });

  test("names no running total when only the sample is known", () => {
    const data = InspectionSchema.parse({
      notice: { issuer: "某县人民政府办公室", recipients: "各乡镇", signDate: "2024-10-12", period: "2024-Q3", checkKind: "sample" },
      accounts: [{ name: "甲", unit: "甲局", platform: "微信" }],
    });
    expect(figuresOf(aggregate(data))[0]).toEqual({ label: "政务新媒体", value: "抽查1个（运行总数未填写）" });
  });

  test("charts pass rates per group with the notice's rate text, and problems per category", async () => {
    const facts = aggregate((await validated()).data);
    const charts = chartsOf(facts);
    expect(charts.map((c) => c.id)).toEqual(["by-category", "by-region", "by-platform", "problems"]);
    const platform = charts.find((c) => c.id === "by-platform")!;
    expect(platform.categories).toEqual(facts.accounts.byPlatform.filter((p) => p.checked > 0).map((p) => p.key));
    expect(platform.series[0]!.labels).toEqual(facts.accounts.byPlatform.filter((p) => p.checked > 0).map((p) => formatRate(p.passRate)));
    const problems = charts.find((c) => c.id === "problems")!;
    const total = problems.series.flatMap((s) => s.values).reduce<number>((n, v) => n + (v ?? 0), 0);
    expect(total).toBe([...facts.websites.problems, ...facts.accounts.problems].reduce((n, p) => n + p.count, 0));
  });

  test("previews at most 30 rows of a table and says how many more the Word file has", async () => {
    const { data } = await validated();
    const { document } = compose(data, { ...templateSetOf(chooseBuiltin(data)), fullListing: true });
    const full = document.attachments.at(-1)!.blocks.flatMap((b) => (b.kind === "table" ? [b.table.rows.length] : []));
    const shown = previewOf(document).attachments.at(-1)!.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
    expect(full.some((n) => n > PREVIEW_ROWS)).toBe(true);
    expect(shown.map((t) => t.rows.length)).toEqual(full.map((n) => Math.min(n, PREVIEW_ROWS)));
    expect(shown.map((t) => t.omitted)).toEqual(full.map((n) => Math.max(0, n - PREVIEW_ROWS)));
  });

  test("splits an issue into the table's columns and keeps the CLI's line", () => {
    const issue: Issue = { code: "x", severity: "error", message: "应为数字，实际为“很好”。", value: "很好", location: { sheet: "政府网站", row: 4, column: "J", header: "得分" } };
    expect(issueView(issue)).toEqual({ severity: "error", sheet: "政府网站", cell: "J4", header: "得分", value: "很好", message: issue.message, line: formatIssue(issue) });
  });
});
