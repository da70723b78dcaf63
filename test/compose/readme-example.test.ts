import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { surveyView } from "../../src/compose/survey-notice.js";
import { unitView } from "../../src/compose/unit-view.js";
import { buildViewModel } from "../../src/compose/view-model.js";
import { InspectionSchema } from "../../src/schema.js";
import { builtinTemplatesDir } from "../../src/read/read-template.js";
import { sampleInspection } from "../units/sample-inspection.js";
import { bodyText, composeBuiltin, seed } from "./helpers.js";

describe("templates/README.md", () => {
  const readme = readFileSync(join(builtinTemplatesDir(), "README.md"), "utf8");

  it("shows a minimal user template that really works", () => {
    const source = /```handlebars\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(source).toBeDefined();
    const { document } = composeBuiltin(seed("changzhou"), { template: { name: "example.hbs", source: source!, builtin: false }, sandbox: false });
    expect(bodyText(document)).toContain("（一）严重表述错误。“常州市退役军人事务局”微信公众号、“上黄”微信公众号、“溧阳文旅”微信公众号、“五星发布”微信公众号存在此类问题。");
    expect(document.attachments.map((a) => a.title)).toEqual(["2023年第二季度检查发现存在问题的政务新媒体名单"]);
  });

  it("lists every field of the view model", () => {
    const data = seed("ningxia");
    const view = buildViewModel(data, aggregate(data));
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object")
        for (const [k, child] of Object.entries(v)) {
          keys.add(k);
          walk(child);
        }
    };
    walk(view);
    const scored = InspectionSchema.parse({ notice: data.notice, websites: [{ name: "网", unit: "办", score: 90 }] });
    walk(buildViewModel(scored, aggregate(scored)).websites.scores);
    expect(keys).toContain("highestNames");
    const missing = [...keys].filter((k) => ![`\`${k}\``, `.${k}\``, `\`${k} `, `\`${k}.`].some((form) => readme.includes(form)));
    expect(missing).toEqual([]);
  });

  it("lists every field of the per-unit and 调查通知 views", () => {
    const data = sampleInspection();
    const groups = groupByUnit(data);
    const keys = [...Object.keys(unitView(groups[0]!, { title: data.notice.title!, info: data.notice })), ...Object.keys(surveyView(data, groups))];
    expect(keys).toContain("contactLine");
    expect(keys.filter((k) => !readme.includes(`\`${k}\``))).toEqual([]);
  });

  it("documents every helper of the allow-list", async () => {
    const { HELPERS } = await import("../../src/compose/engine.js");
    for (const h of HELPERS) expect(readme).toContain(`\`${h} `);
  });
});
