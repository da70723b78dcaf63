/** Property: any valid inspection composes without error into a well-formed outline. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeBuiltin } from "./helpers.js";
import { PLATFORMS, InspectionSchema } from "../../src/schema.js";

const word = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom("甲", "乙", "丙", "局", "镇", "{", "}", "\n", "：", "、", "“", "a", "1") }).filter((s) => s.trim().length > 0);
const item = fc.record({
  name: word,
  unit: word,
  category: fc.option(fc.constantFrom("市级部门", "县区"), { nil: undefined }),
  region: fc.option(fc.constantFrom("东区", "西区"), { nil: undefined }),
  checked: fc.boolean(),
  verdict: fc.option(fc.constantFrom("合格", "不合格"), { nil: undefined }),
  score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  vetoes: fc.array(fc.constantFrom("严重表述错误", "内容不更新"), { maxLength: 2 }),
  deductions: fc.array(fc.constantFrom("栏目更新不及时", "互动回应差"), { maxLength: 2 }),
  description: fc.option(word, { nil: undefined }),
});
const inspection = fc.record({
  notice: fc.record({
    issuer: word,
    recipients: word,
    signDate: fc.constantFrom("2023-07-05", "2020-02-29"),
    period: fc.option(fc.constantFrom("2023-Q2", "2023-07", "2021-H1", "2023"), { nil: undefined }),
    deadline: fc.option(fc.constant("2023-08-04"), { nil: undefined }),
  }),
  websites: fc.array(item, { maxLength: 8 }),
  accounts: fc.array(fc.tuple(item, fc.constantFrom(...PLATFORMS)).map(([i, platform]) => ({ ...i, platform })), { maxLength: 8 }),
  publications: fc.array(fc.record({ unit: word, category: fc.constantFrom("部门", "乡镇（街道）"), published: fc.nat(500) }), { maxLength: 4 }),
  followUps: fc.array(fc.record({ name: word, status: fc.constantFrom("已整改", "整改中", "未整改"), reportedOnTime: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 3 }),
});

describe("compose on arbitrary valid data", () => {
  it("always yields a titled outline with a body, one-line paragraphs and a problem list matching the 不合格 rows", () => {
    fc.assert(
      fc.property(inspection, (raw) => {
        const data = InspectionSchema.parse(raw);
        const { document } = composeBuiltin(data);
        expect(document.title.length).toBeGreaterThan(0);
        expect(document.body.length).toBeGreaterThan(0);
        for (const b of document.body) {
          expect(b.text).not.toMatch(/\n/);
          if (b.kind === "paragraph") expect(`${b.lead?.text ?? ""}${b.text}`).not.toMatch(/百分点|100\.0%|\b0\.0%/);
        }
        // 问题名单范围 存在问题 (the default): every checked account that failed or has a 突出问题 or 扣分问题.
        const failed = (a: (typeof data.accounts)[number]) => (a.verdict ?? (a.vetoes.length || (a.score ?? 100) < 60 ? "不合格" : "合格")) === "不合格";
        const listedAccounts = data.accounts.filter((a) => a.checked && (failed(a) || a.vetoes.length > 0 || a.deductions.length > 0));
        const list = document.attachments.find((a) => a.title.endsWith("存在问题的政务新媒体名单"));
        const rows = list?.blocks[0]?.kind === "table" ? list.blocks[0].table.rows.length : 0;
        if (list || listedAccounts.length === 0) expect(rows).toBe(listedAccounts.length);
      }),
      { numRuns: 60, seed: 20260101 },
    );
  }, 120_000);
});
