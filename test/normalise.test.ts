import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sheetSpec } from "../src/columns.js";
import {
  cleanText,
  normaliseBool,
  normaliseChoiceList,
  normaliseDate,
  normaliseDateTime,
  normaliseDocNumber,
  normaliseEnum,
  normaliseInt,
  normaliseList,
  normaliseNumber,
  normalisePeriod,
  serialToIso,
  toHalfWidth,
  writtenForm,
} from "../src/normalise.js";

const at = { sheet: "政务新媒体", row: 5, column: "D", header: "平台类型" };
const platform = sheetSpec("accounts").columns.find((c) => c.key === "platform")!;

describe("normaliseDate", () => {
  test.each([
    ["2023-7-5", "2023-07-05"],
    ["2023/7/5", "2023-07-05"],
    ["2023.7.5", "2023-07-05"],
    ["2023年7月5日", "2023-07-05"],
    ["２０２３年７月５日", "2023-07-05"],
    [" 2023-07-05 ", "2023-07-05"],
    ["20230705", "2023-07-05"],
    ["2024-02-29", "2024-02-29"],
    ["2023-07-05 00:00:00", "2023-07-05"],
  ])("reads %s as %s", (input, iso) => {
    expect(normaliseDate(input).value).toBe(iso);
  });

  test("reads an exceljs Date by its UTC calendar day", () => {
    expect(normaliseDate(new Date(Date.UTC(2025, 2, 14))).value).toBe("2025-03-14");
  });

  test("reads Excel serials in both date systems", () => {
    expect(normaliseDate(45000).value).toBe("2023-03-15");
    expect(normaliseDate(45000 - 1462, undefined, { date1904: true }).value).toBe("2023-03-15");
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(61)).toBe("1900-03-01");
  });

  test("refuses 2023-02-30 and says why", () => {
    const r = normaliseDate("2023-02-30", at);
    expect(r.value).toBeUndefined();
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: "error", location: at, message: "“2023-02-30”不是存在的日期（2023年2月只有28天），应为日期（如 2023-07-05 或 2023年7月5日）。" }),
    ]);
  });

  test.each(["2023-13-01", "2023-00-10", "上周", "2023-07", "7/5/2023"])("refuses %s", (input) => {
    expect(normaliseDate(input).issues[0]?.severity).toBe("error");
  });

  test("treats empty cells and dashes as absent", () => {
    for (const v of [undefined, null, "", "  ", "—", "-", "/"]) expect(normaliseDate(v)).toEqual({ value: undefined, issues: [] });
  });

  test("any valid calendar day round-trips through its Chinese spelling", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split("-").map(Number);
        expect(normaliseDate(`${y}年${m}月${day}日`).value).toBe(iso);
      }),
    );
  });
});

describe("normalisePeriod", () => {
  test.each([
    ["2023年第二季度", "2023-Q2"],
    ["2023年第2季度", "2023-Q2"],
    ["2023年二季度", "2023-Q2"],
    ["2023-Q2", "2023-Q2"],
    ["2023q4", "2023-Q4"],
    ["2023年7月", "2023-07"],
    ["2023年7月份", "2023-07"],
    ["2023-07", "2023-07"],
    ["2021年上半年", "2021-H1"],
    ["2021年下半年", "2021-H2"],
    ["2023年度", "2023"],
    ["2023年", "2023"],
    [2023, "2023"],
  ])("reads %s as %s", (input, canonical) => {
    expect(normalisePeriod(input).value).toBe(canonical);
  });

  test("reads a Date cell (Excel turns 2023-07 into one) as its month", () => {
    expect(normalisePeriod(new Date(Date.UTC(2023, 6, 1))).value).toBe("2023-07");
  });

  test.each(["2023年第五季度", "2023年13月", "二〇二三年", "上半年"])("refuses %s", (input) => {
    expect(normalisePeriod(input, at).issues[0]?.message).toBe(
      `应为检查期间（如 2023年第二季度、2023年7月、2021年上半年、2023年度），实际为“${input}”。`,
    );
  });
});

describe("numbers", () => {
  test("normaliseInt reads thousands separators, full-width digits and 万", () => {
    expect(normaliseInt("1,234").value).toBe(1234);
    expect(normaliseInt("１２３").value).toBe(123);
    expect(normaliseInt("1.2万").value).toBe(12000);
    expect(normaliseInt("56条").value).toBe(56);
  });

  test("normaliseInt refuses negatives, fractions and words", () => {
    expect(normaliseInt(-1, at).issues[0]?.message).toBe("数量不能为负数，应为不小于0的整数，实际为“-1”。");
    expect(normaliseInt("2.5", at).issues[0]?.message).toBe("应为整数，实际为“2.5”。");
    expect(normaliseInt("1,23", at).issues[0]?.message).toBe("应为不小于0的整数，实际为“1,23”。");
    expect(normaliseInt(true, at).issues[0]?.code).toBe("invalid-integer");
  });

  test("normaliseNumber keeps decimals", () => {
    expect(normaliseNumber("95.5").value).toBe(95.5);
    expect(normaliseNumber("九十", at).issues[0]?.message).toBe("应为数字，实际为“九十”。");
  });
});

describe("normaliseBool", () => {
  test.each([
    ["是", true],
    ["否", false],
    ["√", true],
    ["×", false],
    ["Y", true],
    ["n", false],
    ["有", true],
    ["无", false],
    [true, true],
    [0, false],
  ] as const)("reads %s as %s", (input, expected) => {
    expect(normaliseBool(input).value).toBe(expected);
  });

  test("refuses anything else", () => {
    expect(normaliseBool("大概", at).issues[0]?.message).toBe("应为“是”或“否”，实际为“大概”。");
  });
});

describe("normaliseEnum", () => {
  test.each([
    ["微信公众号", "微信"],
    ["微信服务号", "微信"],
    ["微信订阅号", "微信"],
    ["新浪微博", "微博"],
    ["客户端", "移动客户端"],
    ["APP", "移动客户端"],
    ["ＡＰＰ", "移动客户端"],
    ["微信视频号", "微信视频号"],
    [" 抖音 ", "抖音"],
  ])("reads platform %s as %s", (input, canonical) => {
    expect(normaliseEnum(platform, input).value).toBe(canonical);
  });

  test("names the choices when the value is unknown", () => {
    const r = normaliseEnum(platform, "微薄", at);
    expect(r.issues).toEqual([
      {
        code: "invalid-choice",
        severity: "error",
        location: at,
        value: "微薄",
        message: "“微薄”不是可识别的平台类型，可选：微信、微博、抖音、快手、今日头条、移动客户端、微信视频号、百家号、其他。",
      },
    ]);
  });
});

describe("normaliseList", () => {
  test("splits on 、，,；; and line breaks, trims and drops duplicates", () => {
    expect(normaliseList("内容不更新、错别字，互动差,错别字；无法访问;链接失效\n栏目空白\r\n 泄密 ").value).toEqual([
      "内容不更新",
      "错别字",
      "互动差",
      "无法访问",
      "链接失效",
      "栏目空白",
      "泄密",
    ]);
  });

  test("reads 无 and dashes as an empty list", () => {
    expect(normaliseList("无").value).toBeUndefined();
    expect(normaliseList("—").value).toBeUndefined();
  });
});

describe("normaliseDocNumber", () => {
  test.each(["[2020]", "【2020】", "（2020）", "(2020)", "〔２０２０〕"])("normalises %s to 〔2020〕 with a warning", (bracket) => {
    const r = normaliseDocNumber(`宁政公开办发${bracket}19号`, at);
    expect(r.value).toBe("宁政公开办发〔2020〕19号");
    expect(r.issues.map((i) => i.severity)).toEqual(["warning"]);
  });

  test("keeps a correct number without a word", () => {
    expect(normaliseDocNumber("宁政公开办发〔2020〕19号")).toEqual({ value: "宁政公开办发〔2020〕19号", issues: [] });
  });

  test("refuses 第 and leading zeros", () => {
    expect(normaliseDocNumber("宁政公开办发〔2020〕第19号").issues[0]?.code).toBe("doc-number-di");
    expect(normaliseDocNumber("宁政公开办发〔2020〕019号").issues[0]?.code).toBe("doc-number-zero");
    expect(normaliseDocNumber("宁政公开办发〔2020〕０１９号").issues[0]?.code).toBe("doc-number-zero");
  });
});

describe("text", () => {
  test("toHalfWidth folds full-width ASCII and the ideographic space", () => {
    expect(toHalfWidth("ＡＢＣ１２３\u3000％")).toBe("ABC123 %");
  });

  test("cleanText removes characters XML cannot hold and names the cell", () => {
    const r = cleanText("某\u0000市\u001F发布\uFFFE\uD800", at);
    expect(r.value).toBe("某市发布");
    expect(r.issues).toEqual([expect.objectContaining({ severity: "warning", location: at, message: "含有4个不可见的非法字符（如控制字符），已删除。" })]);
  });

  test("cleanText keeps tabs, line breaks and surrogate pairs", () => {
    expect(cleanText("甲\t乙\n丙😀").value).toBe("甲\t乙\n丙😀");
    expect(cleanText("甲\t乙\n丙😀").issues).toEqual([]);
  });

  test("cleanText trims full-width spaces", () => {
    expect(cleanText("\u3000某市发布 \u3000").value).toBe("某市发布");
  });
});

describe("normaliseDateTime", () => {
  test.each([
    ["2020-09-28 18:00", "2020-09-28T18:00"],
    ["2020年9月28日18:00", "2020-09-28T18:00"],
    ["2020年9月28日 18时", "2020-09-28T18:00"],
    ["2020年9月28日18时30分", "2020-09-28T18:30"],
    ["2020-09-28T18:00:00", "2020-09-28T18:00"],
    ["２０２０-９-２８ １８：００", "2020-09-28T18:00"],
    ["2020-09-28", "2020-09-28"],
    ["2020-09-28 00:00", "2020-09-28"],
  ])("reads %s as %s", (input, iso) => {
    expect(normaliseDateTime(input).value).toBe(iso);
  });
  test("keeps the time of a date cell or an Excel serial", () => {
    expect(normaliseDateTime(new Date(Date.UTC(2020, 8, 28, 18, 0))).value).toBe("2020-09-28T18:00");
    expect(normaliseDateTime(44102.75).value).toBe("2020-09-28T18:00");
    expect(normaliseDateTime(44102).value).toBe("2020-09-28");
  });
  test("refuses an impossible day or hour", () => {
    expect(normaliseDateTime("2020-02-30 18:00").issues[0]?.code).toBe("impossible-date");
    expect(normaliseDateTime("2020-09-28 24:00").issues[0]?.code).toBe("invalid-time");
    expect(normaliseDateTime("下周一").issues[0]?.code).toBe("invalid-date");
  });
});

describe("normaliseChoiceList and writtenForm", () => {
  const breakdowns = sheetSpec("notice").columns.find((c) => c.key === "breakdowns")!;
  test("reads 分项统计 items by their names and aliases; 无 is none", () => {
    expect(normaliseChoiceList(breakdowns, "平台、单位类别").value).toEqual(["平台类型", "单位类别"]);
    expect(normaliseChoiceList(breakdowns, "无").value).toEqual([]);
    expect(normaliseChoiceList(breakdowns, "单位类别，地域").issues[0]?.message).toBe("“地域”不是可识别的分项统计，可选：单位类别、所属地区、平台类型。");
  });
  test("keeps the platform's sub-type and a Chinese period as written, nothing else", () => {
    const period = sheetSpec("notice").columns.find((c) => c.key === "period")!;
    expect(writtenForm(platform, "微信服务号", "微信")).toBe("微信服务号");
    expect(writtenForm(platform, "微信", "微信")).toBeUndefined();
    expect(writtenForm(platform, "APP", "移动客户端")).toBeUndefined();
    expect(writtenForm(period, "2020年 第3季度", "2020-Q3")).toBe("2020年第3季度");
    expect(writtenForm(period, "2020-Q3", "2020-Q3")).toBeUndefined();
  });
});
