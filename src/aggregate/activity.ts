/** Publication statistics, mailbox / 找错 figures and last period's rectification. */
import { fraction } from "../format/rate.js";
import type { Account, FollowUp, Interaction, Publication } from "../schema.js";
import type { ExtraTotal, FollowUpFacts, FollowUpTally, InteractionFacts, PublicationCategory, PublicationFacts, UnitCount } from "./facts.js";

/** Code-point order: deterministic everywhere, unlike locale collation. */
export const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sumOptional<T>(rows: readonly T[], get: (r: T) => number | undefined): number | undefined {
  let any = false;
  let s = 0;
  for (const r of rows) {
    const v = get(r);
    if (v !== undefined) {
      any = true;
      s += v;
    }
  }
  return any ? s : undefined;
}

function adoption(submitted: number | undefined, adopted: number | undefined) {
  return submitted !== undefined && adopted !== undefined ? fraction(adopted, submitted) : undefined;
}

function withAdoption<T extends object>(base: T, submitted?: number, adopted?: number) {
  const rate = adoption(submitted, adopted);
  return {
    ...base,
    ...(submitted !== undefined ? { submitted } : {}),
    ...(adopted !== undefined ? { adopted } : {}),
    ...(rate ? { adoptionRate: rate } : {}),
  };
}

/** The extra numeric columns summed, in `headers` order (every column, 0 where a group has none). */
function extraTotals(rows: readonly Publication[], headers: readonly string[]): ExtraTotal[] {
  return headers.map((header) => {
    let total = 0;
    let units = 0;
    for (const r of rows) {
      const v = r.extra?.[header];
      if (v === undefined) continue;
      total += v;
      if (v > 0) units++;
    }
    return { header, total, units };
  });
}

export function publicationFacts(rows: readonly Publication[], accounts: readonly Account[]): PublicationFacts {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  const byCat = new Map<string, Publication[]>();
  for (const r of rows) {
    const list = byCat.get(r.category);
    if (list) list.push(r);
    else byCat.set(r.category, [r]);
  }
  const categories: PublicationCategory[] = [...byCat].map(([category, list]) => {
    const units: UnitCount[] = list
      .map((r) => withAdoption({ unit: r.unit, published: r.published, ...(r.extra ? { extra: r.extra } : {}) }, r.submitted, r.adopted))
      .sort((a, b) => b.published - a.published || byName(a.unit, b.unit));
    return withAdoption(
      { category, units, published: list.reduce((s, r) => s + r.published, 0), extra: extraTotals(list, headers) },
      sumOptional(list, (r) => r.submitted),
      sumOptional(list, (r) => r.adopted),
    );
  });
  const counted = accounts.filter((a) => a.published !== undefined);
  return withAdoption(
    {
      categories,
      units: rows.length,
      published: rows.reduce((s, r) => s + r.published, 0),
      extra: extraTotals(rows, headers),
      accountsPublished: counted.reduce((s, a) => s + (a.published ?? 0), 0),
      accountsWithCount: counted.length,
    },
    sumOptional(rows, (r) => r.submitted),
    sumOptional(rows, (r) => r.adopted),
  );
}

const ERROR_CHANNEL = /找错|纠错/;

function rates(received: number, closed?: number, closedOnTime?: number) {
  return {
    ...(closed !== undefined ? { closed, closeRate: fraction(closed, received) } : {}),
    ...(closedOnTime !== undefined ? { closedOnTime, onTimeRate: fraction(closedOnTime, received) } : {}),
  };
}

export function interactionFacts(rows: readonly Interaction[]): InteractionFacts {
  const received = rows.reduce((s, r) => s + r.received, 0);
  return {
    channels: rows.map((r) => ({
      channel: r.channel,
      received: r.received,
      errorReport: ERROR_CHANNEL.test(r.channel),
      ...rates(r.received, r.closed, r.closedOnTime),
    })),
    received,
    ...rates(
      received,
      sumOptional(rows, (r) => r.closed),
      sumOptional(rows, (r) => r.closedOnTime),
    ),
  };
}

function followUpTally(rows: readonly FollowUp[]): FollowUpTally {
  const fixed = rows.filter((r) => r.status === "已整改").length;
  const inProgress = rows.filter((r) => r.status === "整改中").length;
  return { total: rows.length, fixed, inProgress, unfixed: rows.length - fixed - inProgress, fixRate: fraction(fixed, rows.length) };
}

export function followUpFacts(rows: readonly FollowUp[]): FollowUpFacts {
  const types = [...new Set(rows.map((r) => r.targetType ?? "其他"))];
  const notReported: string[] = [];
  for (const r of rows) {
    const who = r.unit ?? r.name;
    if (r.reportedOnTime === false && !notReported.includes(who)) notReported.push(who);
  }
  return {
    ...followUpTally(rows),
    byType: types.map((type) => ({ type, tally: followUpTally(rows.filter((r) => (r.targetType ?? "其他") === type)) })),
    open: rows
      .filter((r) => r.status !== "已整改")
      .map((r) => ({ name: r.name, status: r.status, ...(r.unit ? { unit: r.unit } : {}), ...(r.problem ? { problem: r.problem } : {}) })),
    notReported,
    allFixed: rows.length > 0 && rows.every((r) => r.status === "已整改"),
  };
}
