/**
 * fast-check arbitraries for the property tests and the fuzz runner: valid Inspection data (the
 * canonical model, some text hostile but legal), the same data as workbook rows, and corruptions.
 */
import fc from "fast-check";
import { PLATFORMS, RECTIFICATION, SECTIONS, type Inspection } from "../../src/schema.js";

/** Legal text: CJK, ASCII markup, emoji, Extension B; never blank. */
export const text = (max = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom("县", "市", "局", "网", "站", "微", "A", "1", "<", ">", "&", "]]>", "\"", "'", "😀", "𠀀", "𪚥", "　", " ", "、", "（", "）"), { minLength: 1, maxLength: max })
    .map((cs) => `单位${cs.join("")}`.trim());

const isoDate = fc.date({ min: new Date("2015-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const unit = fc.constantFrom("县教育局", "县卫健委", "某镇人民政府", "市公安局", "县<文旅>局&");
const problem = fc.constantFrom("首页栏目长期未更新", "存在错别字", "链接无法访问", "互动回应差", "泄露个人信息");

const item = {
  unit,
  category: fc.option(fc.constantFrom("市级部门", "县（市、区）", "乡镇（街道）"), { nil: undefined }),
  region: fc.option(fc.constantFrom("市本级", "东区", "西区"), { nil: undefined }),
  checked: fc.boolean(),
  verdict: fc.option(fc.constantFrom("合格" as const, "不合格" as const), { nil: undefined }),
  score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  vetoes: fc.uniqueArray(problem, { maxLength: 2 }),
  deductions: fc.uniqueArray(problem, { maxLength: 2 }),
  description: fc.option(text(30), { nil: undefined }),
  rectification: fc.option(fc.constantFrom(...RECTIFICATION), { nil: undefined }),
};

const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const website = fc.record({ ...item, name: text() }).map(strip);
export const account = fc.record({ ...item, name: text(), platform: fc.constantFrom(...PLATFORMS), published: fc.option(fc.nat(500), { nil: undefined }) }).map(strip);

export const inspection: fc.Arbitrary<Inspection> = fc
  .record({
    issuer: fc.constantFrom("江临市人民政府办公室", "某县政务公开办"),
    period: fc.constantFrom("2024-Q3", "2024-07", "2023-H1", "2023"),
    signDate: isoDate,
    recipients: text(20),
    note: fc.option(text(20), { nil: undefined }),
    websites: fc.array(website, { maxLength: 8 }),
    accounts: fc.array(account, { maxLength: 8 }),
    publications: fc.array(fc.record({ unit, category: fc.constantFrom("市级部门", "乡镇（街道）"), published: fc.nat(300), submitted: fc.nat(100) }), { maxLength: 4 }),
    interactions: fc.array(fc.record({ channel: fc.constantFrom("市长信箱", "12345热线"), received: fc.nat(50) }).map((r) => ({ ...r, closed: r.received, closedOnTime: r.received })), { maxLength: 2 }),
    sections: fc.array(fc.record({ section: fc.constantFrom(...SECTIONS), text: text(60) }), { maxLength: 3 }),
  })
  .filter((r) => r.websites.length + r.accounts.length > 0)
  .map((r) => ({
    notice: strip({ kind: "通报" as const, issuer: r.issuer, period: r.period, signDate: r.signDate, recipients: r.recipients, scope: "全市", note: r.note }),
    websites: r.websites,
    accounts: r.accounts,
    publications: r.publications,
    interactions: r.interactions,
    followUps: [],
    sections: r.sections,
  })) as fc.Arbitrary<Inspection>;

/** A value that does not belong in a cell: wrong types, garbage strings, impossible dates. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("abc", "-5", "1.5", "2023-02-30", "十二", "#REF!", "<x/>", "是否", "\u0001", "1e400", "NaN", " ", "微薄"),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.nat(), { maxKeys: 2 }),
);
