/**
 * A user template that uses none of a sheet's fields drops that sheet's rows from the notice without
 * a word: each such sheet with rows is a warning naming it. The template and the partials it calls
 * are read for the fields their {{…}} tags name.
 */
import type { Issue } from "../errors.js";
import type { Inspection } from "../schema.js";
import type { TemplateFile } from "./engine.js";

/** The view-model names that carry each sheet (top-level keys and the attachment titles built from it). */
const SHEET_FIELDS: readonly { sheet: "websites" | "accounts" | "publications" | "interactions" | "followUps" | "sections"; name: string; fields: RegExp; hint: string }[] = [
  { sheet: "websites", name: "政府网站", fields: /\bwebsites\b|problemWebsites|websiteSummary|fullListing/, hint: "{{> website-overview}}" },
  { sheet: "accounts", name: "政务新媒体", fields: /\baccounts\b|problemAccounts|accountSummary|accountPublication|fullListing/, hint: "{{> account-overview}}" },
  { sheet: "publications", name: "信息发布统计", fields: /\bpublications\b|publicationExtra/, hint: "{{> publications}}" },
  { sheet: "interactions", name: "互动交流", fields: /\binteractions\b/, hint: "{{> interactions}}" },
  { sheet: "followUps", name: "上期整改", fields: /\bfollowUps\b|lastPeriod|notReported/, hint: "{{> follow-up}}" },
  { sheet: "sections", name: "正文", fields: /\btext\b|\bheadings\b/, hint: "{{#each text.mainWork}}{{this}}{{/each}}" },
];

/** The text of every {{…}} tag of the template and of the partials it calls, transitively. */
function tags(template: TemplateFile, partials: readonly TemplateFile[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  const visit = (source: string) => {
    for (const m of source.matchAll(/\{\{(?!!)([\s\S]*?)\}\}/g)) {
      out.push(m[1]!);
      const call = /^\s*>\s*([\w-]+)/.exec(m[1]!);
      const partial = call && partials.find((p) => p.name === call[1]);
      if (partial && !seen.has(partial.name)) {
        seen.add(partial.name);
        visit(partial.source);
      }
    }
  };
  visit(template.source);
  return out.join("\n");
}

export function unusedSheets(data: Inspection, template: TemplateFile, partials: readonly TemplateFile[]): Issue[] {
  const used = tags(template, partials);
  return SHEET_FIELDS.filter(({ sheet, fields }) => data[sheet].length > 0 && !fields.test(used)).map(({ sheet, name, hint }) => ({
    code: "unused-sheet",
    severity: "warning" as const,
    message: `模板“${template.name}”没有用到“${name}”工作表的任何字段，这张表的${data[sheet].length}行不会出现在通报中。`,
    location: { file: template.name },
    fix: `在模板中加入 ${hint} 或该表的字段（见 templates/README.md），或删除这张表的内容。`,
  }));
}
