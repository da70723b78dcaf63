/**
 * combineItems: the item stage of validate, once every sheet's rows are checked. Names are unified
 * across sheets (unifyNames); a 问题清单 is merged into the items (mergeProblems), a 合格 it now
 * contradicts is warned about at its cell, and the registry flag says whether the item sheets list the
 * running items. Pure: located rows in, items, issues and the lines `validate` prints out.
 */
import type { SheetKey } from "./columns.js";
import type { Issue } from "./errors.js";
import { mergeProblems, type Located } from "./merge-problems.js";
import type { Account, Problem, Registry, Website } from "./schema.js";
import { unifyNames, type NameCell } from "./unify-names.js";

type Row = Record<string, unknown>;

export interface Combined {
  issues: Issue[];
  /** How the 问题清单 was understood, one Chinese line each. */
  shapes: string[];
  /** Set only when a 问题清单 was merged. */
  websites?: Website[];
  accounts?: Account[];
  registry?: Registry;
}

/** The name and unit fields of each sheet, compared by identity. */
const NAME_FIELDS: Partial<Record<SheetKey, string[]>> = { websites: ["name", "unit"], accounts: ["name", "unit"], problems: ["name", "unit"], publications: ["unit"], followUps: ["name", "unit"] };

/** `listName`: the 问题清单 sheet as the workbook names it, when there is one. */
export function combineItems(checked: Partial<Record<SheetKey, ReadonlyArray<Located<Row>>>>, listName?: string): Combined {
  const names: NameCell[] = [];
  for (const [sheet, keys] of Object.entries(NAME_FIELDS) as Array<[SheetKey, string[]]>) {
    for (const r of checked[sheet] ?? []) for (const key of keys) if (typeof r.value[key] === "string") names.push({ row: r.value, key, where: r.where });
  }
  const issues = unifyNames(names);
  const problems = (checked.problems ?? []) as unknown as Array<Located<Problem>>;
  if (listName === undefined || problems.length === 0) return { issues, shapes: [] };
  const websites = (checked.websites ?? []).map((r) => r.value as unknown as Website);
  const accounts = (checked.accounts ?? []).map((r) => r.value as unknown as Account);
  // A row without 对象类型 or 平台类型 is an account when its sheet's name says so (政务新媒体问题清单).
  const merged = mergeProblems(websites, accounts, problems, (at) => /新媒体|账号/.test(at.sheet ?? listName));
  issues.push(...merged.issues);
  // Merged items keep their sheet's order: a 合格 the list now contradicts is warned about at its cell.
  for (const kind of ["websites", "accounts"] as const) {
    (checked[kind] ?? []).forEach((r, i) => {
      const after = merged[kind][i]!;
      const before = (r.value.vetoes as string[] | undefined) ?? [];
      const added = after.vetoes.filter((x) => !before.includes(x));
      if (after.verdict !== "合格" || added.length === 0) return;
      issues.push({
        code: "verdict-contradiction",
        severity: "warning",
        message: `检查结论为“合格”，但${listName}中有该${kind === "websites" ? "网站" : "账号"}的突出问题（${added.join("、")}）；按所填结论“合格”处理，请核对。`,
        location: r.where("verdict"),
      });
    });
  }
  const registry = { websites: !(websites.length === 0 && merged.added.websites > 0), accounts: !(accounts.length === 0 && merged.added.accounts > 0) };
  const added = merged.added.websites + merged.added.accounts;
  const shapes = [`${listName}：${problems.length}条问题合并入${merged.merged}个对象${added ? `（其中${added}个只在${listName}中出现，已新增为已检查对象）` : ""}。`];
  for (const [kind, label] of [["websites", "政府网站"], ["accounts", "政务新媒体"]] as const) {
    if (!registry[kind]) shapes.push(`没有${label}台账：只知道${listName}中的${merged.added[kind]}个对象，通报不写运行总数（可在通报信息中填写${label}总数）。`);
  }
  return { issues, shapes, websites: merged.websites, accounts: merged.accounts, registry };
}
