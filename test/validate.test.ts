import { describe, expect, test } from "vitest";
import { formatError, isTongbaoError, TongbaoError, ExitCode } from "../src/errors.js";
import type { RawCell, RawInput, RawRecord } from "../src/read/raw-input.js";
import { validate } from "../src/validate.js";

/** A RawInput as a JSON reader would give it, built from plain objects. */
function raw(doc: Record<string, unknown>): RawInput {
  const record = (obj: Record<string, unknown>, path: string): RawRecord => ({
    at: { path },
    cells: Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, { value: v, at: { path: `${path}.${k}` } } as RawCell])),
  });
  const sheets: RawInput["sheets"] = {};
  for (const [key, value] of Object.entries(doc)) {
    const records = Array.isArray(value) ? value.map((v, i) => record(v as Record<string, unknown>, `${key}[${i}]`)) : [record(value as Record<string, unknown>, key)];
    sheets[key as keyof RawInput["sheets"]] = { key: key as never, name: key, at: { path: key }, records };
  }
  return { file: "/tmp/检查结果.json", format: "json", date1904: false, sheets, issues: [] };
}

const notice = { issuer: "某市人民政府办公室", recipients: "各县（区）人民政府", signDate: "2023-07-20", period: "2023年7月" };

function thrown(input: RawInput): TongbaoError {
  try {
    validate(input);
  } catch (e) {
    if (isTongbaoError(e)) return e;
    throw e;
  }
  throw new Error("validate did not throw");
}

describe("validate", () => {
  test("returns canonical data with defaults and the per-sheet counts", () => {
    const result = validate(raw({ notice, accounts: [{ name: "某市发布", unit: "某办", platform: "微信" }], sections: [{ section: "经验做法", text: "（一）强化领导。" }] }));
    expect(result.data.notice).toEqual({ ...notice, period: "2023-07", periodText: "2023年7月", kind: "通报", scope: "全市" });
    expect(result.data.accounts[0]).toEqual({ name: "某市发布", unit: "某办", platform: "微信", checked: true, vetoes: [], deductions: [] });
    expect(result.data.websites).toEqual([]);
    expect(result.data.sections).toEqual([{ section: "主要工作", text: "（一）强化领导。" }]);
    expect(result.counts).toEqual({ 通报信息: 4, 政府网站: 0, 政务新媒体: 1, 问题清单: 0, 信息发布统计: 0, 互动交流: 0, 上期整改: 0, 正文: 1 });
    expect(result.warnings).toEqual([]);
  });

  test("does not require 检查期间 for a 通知", () => {
    const { period: _, ...rest } = notice;
    expect(validate(raw({ notice: { ...rest, kind: "通知" } })).data.notice.kind).toBe("通知");
  });

  test("collects every error, warnings included, into one TongbaoError with exit code 2", () => {
    const err = thrown(
      raw({
        notice: { ...notice, docNumber: "某办发[2023]7号" },
        accounts: [
          { name: "甲", unit: "某办", platform: "微薄" },
          { name: "乙", unit: "某办", platform: "微博", fans: -3 },
        ],
        interactions: [{ channel: "县长信箱", received: 10, closed: 12 }],
      }),
    );
    expect(err.message).toBe("检查结果.json中有3处错误，未生成任何文件。");
    expect(err.exitCode).toBe(ExitCode.INVALID_INPUT);
    expect(err.issues.filter((i) => i.severity === "warning").map((i) => i.location?.path)).toEqual(["notice.docNumber"]);
    expect(err.issues.filter((i) => i.severity === "error").map((i) => i.location?.path)).toEqual(["accounts[0].platform", "accounts[1].fans", "interactions[0].closed"]);
    expect(formatError(err).split("\n").at(-1)).toBe("共3处错误，1处提醒。");
  });

  test("checks cross-field rules even on a row that has another error", () => {
    const err = thrown(raw({ notice, interactions: [{ channel: "信箱", received: "很多", closed: 5, closedOnTime: 6 }] }));
    expect(err.issues.map((i) => i.location?.path)).toEqual(["interactions[0].received", "interactions[0].closedOnTime"]);
  });

  test("lets a given 合格 stand against a 突出问题, with a warning", () => {
    const result = validate(raw({ notice, websites: [{ name: "网", unit: "办", verdict: "合格", vetoes: "泄密" }] }));
    expect(result.data.websites[0]?.verdict).toBe("合格");
    expect(result.warnings.map((w) => w.code)).toEqual(["verdict-contradiction"]);
  });

  test("drops a 合计 row of 信息发布统计 and stays quiet when it agrees", () => {
    const result = validate(
      raw({
        notice,
        publications: [
          { unit: "甲镇", category: "乡镇", published: 3 },
          { unit: "乙局", category: "部门", published: 4 },
          { unit: "合 计", published: 7 },
        ],
      }),
    );
    expect(result.data.publications.map((p) => p.unit)).toEqual(["甲镇", "乙局"]);
    expect(result.counts["信息发布统计"]).toBe(2);
    expect(result.warnings).toEqual([]);
  });

  test("reports a missing 通报信息 once", () => {
    const err = thrown(raw({ accounts: [] }));
    expect(err.issues.map((i) => [i.location?.path, i.code])).toEqual([["notice", "missing-sheet"]]);
  });

  test("passes the reader's own issues through", () => {
    const input = raw({ notice });
    input.issues.push({ code: "unknown-key", severity: "warning", message: "未识别的字段“x”，已忽略。", location: { path: "x" } });
    expect(validate(input).warnings.map((w) => w.location?.path)).toEqual(["x"]);
  });
});

describe("validate's warnings about the data", () => {
  const websites = [
    { name: "甲网", unit: "甲局", verdict: "合格", vetoes: "站点无法访问" },
    { name: "乙网", unit: "乙局", verdict: "合格", score: 52 },
    { name: "丙网", unit: "丙局", verdict: "不合格" },
    { name: "丁网", unit: "丁局", checked: "否", verdict: "合格" },
    { name: "甲网", unit: "甲局" },
  ];
  const publications = [
    { unit: "甲镇", category: "乡镇", published: 3 },
    { unit: "合计", published: 9 },
  ];

  test("raises each once, at the JSON path of the field", () => {
    const result = validate(raw({ notice, websites, publications }));
    expect(result.warnings.map((w) => [w.code, w.location?.path])).toEqual([
      ["verdict-contradiction", "websites[0].verdict"],
      ["verdict-low-score", "websites[1].verdict"],
      ["verdict-without-problem", "websites[2].verdict"],
      ["unchecked-with-findings", "websites[3].checked"],
      ["duplicate-row", "websites[4].name"],
      ["total-mismatch", "publications[1].published"],
    ]);
    expect(result.warnings[4]?.message).toBe("网站“甲网”与第1条重复，两条都计入统计；如为重复填写，请删除其中一条。");
  });

  test("counts a name twice on two platforms as two accounts, not a duplicate", () => {
    const accounts = [
      { name: "某市发布", unit: "某办", platform: "微信" },
      { name: "某市发布", unit: "某办", platform: "微博" },
    ];
    expect(validate(raw({ notice, accounts })).warnings).toEqual([]);
  });
});
