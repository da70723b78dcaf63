/**
 * The workbook contract (shared/spec/input-workbook.md) as the reader, the validator and the template see it:
 * every sheet and column found by its name or any alias, filling the field the contract names, with the kind,
 * the required mark, the note and the sample values the template shows.
 */
import { describe, expect, it } from "vitest";
import { findColumn, findSheet, headerKey, KEY_VALUE_HEADERS, PLATFORM_ALIASES, SHEETS, sheetSpec, type Kind, type SheetKey } from "../../src/columns.js";
import { normaliseCell, normaliseEnum } from "../../src/normalise.js";

const CONTRACT: Record<SheetKey, { name: string; aliases: string[]; layout: "table" | "keyValue"; columns: [header: string, key: string | null, kind: Kind, required: 0 | 1, aliases: string[]][] }> = {
  notice: {
    name: "通报信息",
    aliases: ["基本信息"],
    layout: "keyValue",
    columns: [
      ["文种", "kind", "enum", 0, []],
      ["发文机关", "issuer", "text", 1, ["发文单位", "署名"]],
      ["发文机关标志", "issuerMark", "text", 0, ["版头"]],
      ["发文字号", "docNumber", "docNumber", 0, ["文号"]],
      ["标题", "title", "text", 0, ["通报标题"]],
      ["检查期间", "period", "period", 0, ["检查时间", "检查周期", "通报期间"]],
      ["统计开始日期", "statStart", "date", 0, ["统计开始", "统计起始日期"]],
      ["统计截止日期", "statEnd", "date", 0, ["统计截止", "统计结束日期"]],
      ["数据截止日期", "dataAsOf", "date", 0, ["截止日期", "数据截至日期"]],
      ["检查范围", "scope", "text", 0, []],
      ["检查方式", "method", "text", 0, []],
      ["检查依据", "basis", "text", 0, ["依据"]],
      ["检查类型", "checkKind", "enum", 0, ["检查形式"]],
      ["政府网站总数", "websiteTotal", "int", 0, ["网站总数"]],
      ["政务新媒体总数", "accountTotal", "int", 0, ["新媒体总数", "账号总数"]],
      ["合格率小数位数", "rateDecimals", "int", 0, ["小数位数"]],
      ["名称写法", "nameStyle", "enum", 0, []],
      ["问题名单范围", "problemListScope", "enum", 0, []],
      ["分项统计", "breakdowns", "choiceList", 0, []],
      ["主送机关", "recipients", "text", 1, ["主送"]],
      ["成文日期", "signDate", "date", 1, ["发文日期", "落款日期"]],
      ["整改截止日期", "deadline", "dateTime", 0, ["整改期限", "整改时限"]],
      ["调查报送日期", "surveyDeadline", "dateTime", 0, ["调查表报送日期", "摸底报送日期"]],
      ["逾期处理", "overdueNote", "text", 0, ["逾期说明"]],
      ["整改报送要求", "reportRequirement", "text", 0, ["报送要求"]],
      ["联系人", "contactName", "text", 0, []],
      ["联系电话", "contactPhone", "text", 0, ["电话"]],
      ["电子邮箱", "contactEmail", "text", 0, ["邮箱", "电子邮件"]],
      ["附注", "note", "text", 0, []],
      ["抄送", "cc", "text", 0, []],
      ["印发机关", "printer", "text", 0, []],
      ["印发日期", "printDate", "date", 0, []],
      ["模板", "template", "text", 0, []],
    ],
  },
  websites: {
    name: "政府网站",
    aliases: ["网站"],
    layout: "table",
    columns: [
      ["序号", null, "text", 0, []],
      ["网站名称", "name", "text", 1, ["名称"]],
      ["网站标识码", "code", "text", 0, ["标识码"]],
      ["网址", "url", "text", 0, ["URL", "网站地址", "域名"]],
      ["主办单位", "unit", "text", 1, ["责任单位", "开设主体"]],
      ["单位类别", "category", "text", 0, ["类别", "单位类型"]],
      ["所属地区", "region", "text", 0, ["地区"]],
      ["是否检查", "checked", "bool", 0, []],
      ["检查结论", "verdict", "enum", 0, ["检查结果", "是否合格"]],
      ["得分", "score", "number", 0, ["分数"]],
      ["突出问题", "vetoes", "list", 0, ["单项否决问题", "否决问题", "单项否决"]],
      ["扣分问题", "deductions", "list", 0, []],
      ["问题描述", "description", "text", 0, ["存在问题", "问题详情"]],
      ["整改情况", "rectification", "enum", 0, ["整改状态"]],
      ["备注", "remark", "text", 0, []],
    ],
  },
  accounts: {
    name: "政务新媒体",
    aliases: ["新媒体"],
    layout: "table",
    columns: [
      ["序号", null, "text", 0, []],
      ["账号名称", "name", "text", 1, ["名称", "新媒体名称", "账号"]],
      ["平台类型", "platform", "enum", 1, ["账号类型", "所属平台", "平台"]],
      ["开设主体", "unit", "text", 1, ["主办单位", "责任单位"]],
      ["单位类别", "category", "text", 0, ["类别", "单位类型"]],
      ["所属地区", "region", "text", 0, ["地区"]],
      ["是否检查", "checked", "bool", 0, []],
      ["检查结论", "verdict", "enum", 0, ["检查结果", "是否合格"]],
      ["得分", "score", "number", 0, ["分数"]],
      ["突出问题", "vetoes", "list", 0, ["单项否决问题", "否决问题", "单项否决"]],
      ["扣分问题", "deductions", "list", 0, []],
      ["问题描述", "description", "text", 0, ["存在问题", "问题详情"]],
      ["整改情况", "rectification", "enum", 0, ["整改状态"]],
      ["备注", "remark", "text", 0, []],
      ["发布信息数", "published", "int", 0, ["公开信息条数", "发布数"]],
      ["开通时间", "openedAt", "date", 0, ["开设时间"]],
      ["粉丝量", "fans", "int", 0, ["粉丝数", "关注数"]],
      ["阅读量", "reads", "int", 0, ["阅读数"]],
      ["认证主体", "certifier", "text", 0, []],
      ["运营单位", "operator", "text", 0, []],
      ["运营模式", "operationMode", "text", 0, []],
      ["经费保障", "funding", "text", 0, []],
      ["推送频率", "pushFrequency", "text", 0, []],
      ["运营人数", "staffCount", "int", 0, []],
      ["运营状态", "status", "text", 0, []],
      ["基本功能", "functions", "text", 0, []],
      ["整改措施", "measure", "enum", 0, ["清理整合措施"]],
      ["负责人", "manager", "text", 0, []],
      ["联系电话", "phone", "text", 0, ["电话", "负责人电话"]],
      ["联系人", "contact", "text", 0, []],
      ["联系人电话", "contactPhone", "text", 0, ["联系人联系电话"]],
    ],
  },
  problems: {
    name: "问题清单",
    aliases: ["问题明细", "检查问题清单"],
    layout: "table",
    columns: [
      ["序号", null, "text", 0, []],
      ["对象类型", "targetType", "enum", 0, ["类型", "检查对象类型"]],
      ["对象名称", "name", "text", 1, ["网站名称", "账号名称", "名称", "新媒体名称", "检查对象"]],
      ["网站标识码", "siteCode", "text", 0, ["标识码"]],
      ["平台类型", "platform", "enum", 0, ["账号类型", "所属平台", "平台"]],
      ["责任单位", "unit", "text", 0, ["主办单位", "开设主体"]],
      ["问题类型", "kind", "enum", 0, ["问题性质"]],
      ["问题分类", "category", "text", 1, ["问题类别", "指标", "检查指标", "问题项"]],
      ["问题描述", "description", "text", 0, ["问题详情", "具体问题", "问题说明"]],
      ["扣分分值", "points", "number", 0, ["扣分", "扣分值", "分值"]],
      ["发现时间", "foundAt", "text", 0, ["发现日期", "检查时间"]],
      ["链接", "link", "text", 0, ["问题链接", "链接地址"]],
      ["截图", "screenshot", "text", 0, ["问题截图"]],
    ],
  },
  publications: {
    name: "信息发布统计",
    aliases: ["信息公开统计"],
    layout: "table",
    columns: [
      ["序号", null, "text", 0, []],
      ["单位名称", "unit", "text", 1, ["单位"]],
      ["单位类别", "category", "text", 1, ["类别", "单位类型"]],
      ["主动公开信息条数", "published", "int", 1, ["公开信息条数", "发布信息数"]],
      ["报送数", "submitted", "int", 0, ["报送信息数"]],
      ["采纳数", "adopted", "int", 0, ["采纳信息数", "采用数"]],
    ],
  },
  interactions: {
    name: "互动交流",
    aliases: ["互动交流统计"],
    layout: "table",
    columns: [
      ["序号", null, "text", 0, []],
      ["渠道", "channel", "text", 1, ["互动渠道", "栏目"]],
      ["收到数", "received", "int", 1, ["收到留言数", "受理数", "收件数"]],
      ["办结数", "closed", "int", 0, ["办理数", "答复数"]],
      ["按期办结数", "closedOnTime", "int", 0, ["按时办结数", "按期答复数"]],
    ],
  },
  followUps: {
    name: "上期整改",
    aliases: ["整改情况"],
    layout: "table",
    columns: [
      ["序号", null, "text", 0, []],
      ["对象类型", "targetType", "enum", 0, []],
      ["对象名称", "name", "text", 1, ["名称"]],
      ["责任单位", "unit", "text", 0, ["主办单位", "开设主体"]],
      ["问题", "problem", "text", 0, ["问题描述", "存在问题"]],
      ["整改状态", "status", "enum", 1, ["整改情况"]],
      ["是否按时反馈", "reportedOnTime", "bool", 0, ["按时反馈"]],
    ],
  },
  sections: {
    name: "正文",
    aliases: ["正文段落"],
    layout: "table",
    columns: [
      ["章节", "section", "enum", 1, []],
      ["内容", "text", "text", 1, ["正文", "段落"]],
      ["标题", "title", "text", 0, ["章节标题"]],
    ],
  },
};

/** The template's sample rows: what a clerk sees filled in under each header of a fresh workbook. */
const SAMPLES: Record<SheetKey, Record<string, (string | number)[]>> = {
  notice: {
    文种: ["通报"],
    发文机关: ["某市人民政府办公室"],
    发文机关标志: ["某市人民政府政务公开办公室"],
    发文字号: ["某政公开办发〔2023〕19号"],
    检查期间: ["2023年第二季度"],
    统计开始日期: ["2023-04-01"],
    统计截止日期: ["2023-06-30"],
    检查范围: ["全市"],
    检查方式: ["监测软件自动扫描和人工复核"],
    主送机关: ["各县（区）人民政府，市政府各部门"],
    成文日期: ["2023-07-20"],
    整改截止日期: ["2023-08-04"],
    联系人: ["张三"],
    联系电话: ["0000-12345678"],
    附注: ["此件公开发布"],
  },
  websites: {
    序号: [1, 2],
    网站名称: ["某市人民政府门户网站", "某县人民政府门户网站"],
    网站标识码: ["0000000001", "0000000002"],
    网址: ["www.example.gov.cn", "www.example2.gov.cn"],
    主办单位: ["某市人民政府办公室", "某县人民政府办公室"],
    单位类别: ["市级部门", "县区"],
    是否检查: ["是", "是"],
    检查结论: ["合格", "不合格"],
    得分: [95, 55],
    突出问题: ["", "内容更新不及时"],
    扣分问题: ["", "互动回应不及时"],
    问题描述: ["", "监测时间点前2周内无更新"],
    整改情况: ["", "整改中"],
  },
  accounts: {
    序号: [1, 2],
    账号名称: ["某市发布", "某县发布"],
    平台类型: ["微信", "微博"],
    开设主体: ["某市人民政府办公室", "某县人民政府办公室"],
    单位类别: ["市级部门", "县区"],
    是否检查: ["是", "是"],
    检查结论: ["合格", "不合格"],
    得分: [95, 55],
    突出问题: ["", "内容更新不及时"],
    扣分问题: ["", "互动回应不及时"],
    问题描述: ["", "监测时间点前2周内无更新"],
    整改情况: ["", "整改中"],
    发布信息数: [120, 3],
  },
  problems: {
    序号: [1, 2],
  },
  publications: {
    序号: [1, 2],
    单位名称: ["某镇人民政府", "某县教育局"],
    单位类别: ["乡镇（街道）", "县级部门"],
    主动公开信息条数: [56, 31],
    报送数: [10, 4],
    采纳数: [6, 2],
  },
  interactions: {
    序号: [1, 2],
    渠道: ["县长信箱", "我为政府网站找错"],
    收到数: [120, 15],
    办结数: [118, 15],
    按期办结数: [110, 14],
  },
  followUps: {
    序号: [1, 2],
    对象类型: ["政务新媒体"],
    对象名称: ["某局发布"],
    责任单位: ["某局"],
    问题: ["内容更新不及时"],
    整改状态: ["已整改"],
    是否按时反馈: ["是"],
  },
  sections: {
    章节: ["工作要求"],
    内容: ["各单位要高度重视，认真对照问题逐项整改。"],
  },
};

const KEYS = Object.keys(CONTRACT) as SheetKey[];
const column = (sheet: SheetKey, header: string) => sheetSpec(sheet).columns.find((c) => c.header === header)!;

describe("the sheets of the workbook", () => {
  it("come in template order, each found by its name and every alias", () => {
    expect(SHEETS.map((s) => s.key)).toEqual(KEYS);
    for (const key of KEYS) {
      const { name, aliases, layout } = CONTRACT[key];
      expect(sheetSpec(key)).toMatchObject({ name, aliases, layout });
      for (const n of [name, ...aliases]) expect(findSheet(n)?.key, n).toBe(key);
    }
  });
  it("are found by a name that contains exactly one canonical name, ignoring spaces and case", () => {
    expect(findSheet("2023年政务新媒体检查结果")?.key).toBe("accounts");
    expect(findSheet(" 政府网站 ")?.key).toBe("websites");
    expect(findSheet("政府网站和政务新媒体")).toBeUndefined();
    expect(findSheet("Sheet1")).toBeUndefined();
  });
  it("each tell the clerk in a note how its rows are laid out", () => {
    expect(Object.fromEntries(SHEETS.map((s) => [s.key, s.note]))).toEqual({
      notice: `两列：${KEY_VALUE_HEADERS.item} | ${KEY_VALUE_HEADERS.value}`,
      websites: "每个网站一行",
      accounts: "每个账号一行",
      problems: "每个问题一行，按对象合并入政府网站、政务新媒体",
      publications: "每个单位一行；其他数值列（如 动态类信息条数）按表头分类合计",
      interactions: "每个渠道一行",
      followUps: "上期通报问题每条一行",
      sections: "每段一行",
    });
    expect(KEY_VALUE_HEADERS).toEqual({ item: "项目", value: "内容" });
  });
  it("name no sheet outside the contract", () => {
    expect(() => sheetSpec("findings" as SheetKey)).toThrow("unknown sheet findings");
  });
});

describe("the columns of each sheet", () => {
  it("come in template order with the contract's field, kind and required mark", () => {
    for (const key of KEYS) {
      const got = sheetSpec(key).columns.map((c) => [c.header, c.key, c.kind, c.required ? 1 : 0, c.aliases]);
      expect(got, key).toEqual(CONTRACT[key].columns);
    }
  });
  it("are each found by the header and by every alias, with spaces, * and full-width letters ignored", () => {
    for (const key of KEYS) {
      const { columns } = sheetSpec(key);
      for (const [header, field, , , aliases] of CONTRACT[key].columns) {
        for (const name of [header, ...aliases]) {
          // An alias another column uses as its own header names that column (名称 in 上期整改 is 对象名称).
          const owner = CONTRACT[key].columns.find((c) => c[0] === name) ?? [header, field];
          expect(findColumn(columns, name)?.key, `${key} ${name}`).toBe(owner[1]);
          expect(findColumn(columns, ` ${name}\u3000*`)?.key, `${key} ${name}`).toBe(owner[1]);
        }
      }
    }
  });
  it("tolerate a trailing unit note in the header, and an empty header names none", () => {
    const { columns } = sheetSpec("publications");
    expect(findColumn(columns, "主动公开信息条数（条）")?.key).toBe("published");
    expect(findColumn(columns, "报送数(条)")?.key).toBe("submitted");
    expect(findColumn(columns, "报送数（份数）")?.key).toBe("submitted");
    expect(findColumn(columns, "报送（条）数")).toBeUndefined();
    expect(findColumn(columns, " * ")).toBeUndefined();
    expect(findColumn(columns, "粉丝量")).toBeUndefined();
  });
  it("compare headers folded: half-width, no spaces or *, lower case", () => {
    expect(headerKey("ＵＲＬ ＊")).toBe("url");
    expect(headerKey("\u3000网 址\t*")).toBe("网址");
    expect(findColumn(sheetSpec("websites").columns, "url")?.key).toBe("url");
  });
});

describe("the template's notes and sample rows", () => {
  it("open the note of exactly the required columns with 必填", () => {
    for (const s of SHEETS) for (const c of s.columns) expect(c.note.startsWith("必填"), `${s.key} ${c.header}`).toBe(c.required);
  });
  it("explain every column but the self-explanatory ones", () => {
    const bare = SHEETS.flatMap((s) => s.columns.filter((c) => c.note === "").map((c) => `${s.name}.${c.header}`));
    expect(bare).toEqual([
      "通报信息.联系人",
      "通报信息.联系电话",
      "通报信息.电子邮箱",
      "政府网站.网站标识码",
      "政府网站.网址",
      "政府网站.备注",
      "政务新媒体.备注",
      "政务新媒体.运营单位",
      "政务新媒体.负责人",
      "政务新媒体.联系人",
      "政务新媒体.联系人电话",
      "上期整改.责任单位",
    ]);
  });
  it("list an enum's values in its note", () => {
    expect(column("accounts", "平台类型").note).toContain(column("accounts", "平台类型").values!.join("/"));
    expect(column("followUps", "整改状态").note).toBe(`必填。${column("followUps", "整改状态").values!.join("/")}`);
    expect(column("followUps", "对象类型").note).toBe(column("followUps", "对象类型").values!.join("/"));
    expect(column("sections", "章节").note).toBe(`必填。${column("sections", "章节").values!.join("/")}`);
  });
  it("show the sample rows a clerk follows", () => {
    for (const key of KEYS) {
      const shown = Object.fromEntries(sheetSpec(key).columns.filter((c) => c.examples).map((c) => [c.header, c.examples]));
      expect(shown, key).toEqual(SAMPLES[key]);
    }
  });
  it("give sample values that read back as valid values of their columns, filled for every required column", () => {
    for (const s of SHEETS) {
      // 问题清单 is pasted from a platform's export, so the template shows it empty.
      const samples = s.columns.some((c) => c.key !== null && (c.examples?.length ?? 0) > 0);
      expect(samples, s.key).toBe(s.key !== "problems");
      for (const c of s.columns) {
        for (const example of c.examples ?? []) {
          expect(normaliseCell(c, example).issues, `${s.key} ${c.header} ${example}`).toEqual([]);
        }
        if (samples && c.required && c.key !== null) expect(c.examples?.length, `${s.key} ${c.header}`).toBeGreaterThan(0);
        if (c.required) for (const example of c.examples ?? []) expect(example, `${s.key} ${c.header}`).not.toBe("");
      }
    }
  });
});

describe("the spellings an enum column accepts", () => {
  const canonical = (sheet: SheetKey, header: string, value: string) => normaliseEnum(column(sheet, header), value).value;
  it("fold every platform sub-type and common name to its platform", () => {
    const spellings = {
      微信: ["微信公众号", "微信服务号", "微信订阅号", "公众号"],
      微博: ["新浪微博", "腾讯微博"],
      移动客户端: ["客户端", "app", "移动app", "手机客户端", "政务app"],
      抖音: ["抖音号"],
      快手: ["快手号"],
      今日头条: ["头条", "头条号", "今日头条号"],
      微信视频号: ["视频号"],
    };
    expect(Object.keys(PLATFORM_ALIASES).sort()).toEqual(Object.values(spellings).flat().sort());
    for (const [platform, list] of Object.entries(spellings)) {
      for (const spelling of list) expect(canonical("accounts", "平台类型", spelling), spelling).toBe(platform);
    }
    expect(canonical("accounts", "平台类型", "微信公众号")).toBe("微信");
    expect(canonical("accounts", "平台类型", "APP")).toBe("移动客户端");
  });
  it("read 是/否 and 通过/不通过 as verdicts, and the everyday words for rectification", () => {
    expect(["是", "否", "通过", "不通过"].map((v) => canonical("websites", "检查结论", v))).toEqual(["合格", "不合格", "合格", "不合格"]);
    expect(["已完成", "完成", "正在整改", "未完成"].map((v) => canonical("websites", "整改情况", v))).toEqual(["已整改", "已整改", "整改中", "未整改"]);
    expect(["已完成", "正在整改"].map((v) => canonical("followUps", "整改状态", v))).toEqual(["已整改", "整改中"]);
  });
  it("read 网站/新媒体 as object types and 经验做法 as 主要工作", () => {
    expect(["网站", "新媒体"].map((v) => canonical("followUps", "对象类型", v))).toEqual(["政府网站", "政务新媒体"]);
    expect(canonical("sections", "章节", "经验做法")).toBe("主要工作");
  });
});
