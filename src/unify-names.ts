/**
 * unifyNames: names as people paste them. Spellings of one name that differ only in bracket and
 * punctuation width, invisible characters or spaces become one, written in the display form (invisible
 * characters gone, brackets full-width in Chinese names), and a warning names the cells that were
 * unified. A name written one way only is kept as written. Pure; edits the rows given.
 */
import { formatLocation, type Issue, type Location } from "./errors.js";
import { displayName, nameKey } from "./normalise.js";

/** One name cell: the row holding it, its key, and where it is (asked only of cells that are unified). */
export interface NameCell {
  row: Record<string, unknown>;
  key: string;
  where: (key: string) => Location;
}

const shown = (raw: string) => raw.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "[不可见字符]").replace(/\u00A0/g, "[不换行空格]");

export function unifyNames(cells: readonly NameCell[]): Issue[] {
  // Spellings can differ only where some name is not written as its key: only those keys are grouped.
  const keys = cells.map((c) => (typeof c.row[c.key] === "string" ? nameKey(c.row[c.key] as string) : undefined));
  const spelled = new Set(keys.filter((k, i): k is string => k !== undefined && k !== cells[i]!.row[cells[i]!.key]));
  if (spelled.size === 0) return [];
  const byKey = new Map<string, { display: string; cells: Array<{ raw: string; at: Location; cell: NameCell }> }>();
  cells.forEach((c, i) => {
    const key = keys[i];
    if (key === undefined || !spelled.has(key)) return;
    const raw = c.row[c.key] as string;
    const entry = byKey.get(key);
    if (entry) entry.cells.push({ raw, at: c.where(c.key), cell: c });
    else byKey.set(key, { display: displayName(raw), cells: [{ raw, at: c.where(c.key), cell: c }] });
  });
  const issues: Issue[] = [];
  for (const { display, cells: found } of byKey.values()) {
    if (found.every((f) => f.raw === found[0]!.raw)) continue; // one spelling: nothing to unify
    const spellings = new Map<string, { at: Location; count: number }>();
    for (const f of found) {
      const s = spellings.get(f.raw);
      if (s) s.count++;
      else spellings.set(f.raw, { at: f.at, count: 1 });
    }
    if (spellings.size < 2) continue;
    for (const f of found) f.cell.row[f.cell.key] = display;
    const list = [...spellings].map(([raw, s]) => `${formatLocation(s.at)}${s.count > 1 ? `等${s.count}处` : ""}“${shown(raw)}”`).join("、");
    issues.push({
      code: "name-unified",
      severity: "warning",
      message: `${list}只有全角半角、不可见字符或空格的差别，视为同一名称，统一写作“${display}”。`,
      location: [...spellings].find(([raw]) => raw !== display)?.[1].at ?? found[0]!.at,
    });
  }
  return issues;
}
