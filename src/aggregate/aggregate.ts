/** aggregate(data) → Facts: every count, rate and list the templates need. Pure; the warnings about the data are validate's. */
import { fraction } from "../format/rate.js";
import { BREAKDOWNS, PLATFORMS, type Account, type Breakdown, type Inspection, type Item, type Platform, type Website } from "../schema.js";
import { followUpFacts, interactionFacts, publicationFacts } from "./activity.js";
import type { CheckedItem, Facts, GroupTally, ItemFacts, SampleFacts, Tally } from "./facts.js";
import { groupProblems } from "./problems.js";
import { scoreFacts } from "./scores.js";
import { countInto, emptyCounter, finishCounter, GroupCounter } from "./tally.js";
import { hasProblem, verdictOf } from "./verdict.js";

const platformRank = (p: string): number => PLATFORMS.indexOf(p as Platform);

/** How the items relate to what runs (see SampleFacts). `registry`: false when only a 问题清单 names the items. */
function sampleFacts(t: Tally, sample: boolean, declared: number | undefined, registry: boolean): SampleFacts {
  const known = declared ?? ((sample && t.running === t.checked) || !registry ? undefined : t.running);
  return {
    declared: declared !== undefined,
    ...(known !== undefined ? { total: known, ...(known > 0 ? { ratio: fraction(t.checked, known) } : {}) } : {}),
  };
}

/** 分项统计 as given, else each breakdown with more than one group. */
function breakdownsOf(given: readonly Breakdown[] | undefined, groups: Record<Breakdown, readonly GroupTally[]>): Breakdown[] {
  return BREAKDOWNS.filter((b) => (given ? given.includes(b) && groups[b].length > 0 : groups[b].length > 1));
}

interface Options {
  platformOf?: (item: Item) => string;
  sample: boolean;
  declared: number | undefined;
  /** The item sheet lists the running items (Inspection.registry). */
  registry: boolean;
  breakdowns: readonly Breakdown[] | undefined;
  failedOnly: boolean;
}

/** One pass over the rows: verdicts, every tally, the failed and problem lists. */
function itemFacts<T extends Item>(rows: readonly T[], options: Options): ItemFacts<T> {
  const { platformOf } = options;
  const items: CheckedItem<T>[] = [];
  const failed: CheckedItem<T>[] = [];
  const withProblems: CheckedItem<T>[] = [];
  const listed: CheckedItem<T>[] = [];
  const total = emptyCounter();
  const byCategory = new GroupCounter();
  const byRegion = new GroupCounter();
  const byUnit = new GroupCounter();
  const byPlatform = platformOf ? new GroupCounter() : undefined;
  for (let index = 0; index < rows.length; index++) {
    const item = rows[index]!;
    const ci: CheckedItem<T> = { index, item, verdict: verdictOf(item), derived: item.verdict === undefined };
    items.push(ci);
    countInto(total, ci);
    byCategory.add(item.category, ci);
    byRegion.add(item.region, ci);
    byUnit.add(item.unit, ci);
    if (byPlatform && platformOf) byPlatform.add(platformOf(item), ci);
    if (!item.checked) continue;
    if (ci.verdict === "不合格") failed.push(ci);
    if (hasProblem(item)) withProblems.push(ci);
    if (ci.verdict === "不合格" || (!options.failedOnly && (item.vetoes.length > 0 || item.deductions.length > 0))) listed.push(ci);
  }
  const scores = scoreFacts(items);
  const tally = finishCounter(total);
  const groups = {
    单位类别: byCategory.groups(),
    所属地区: byRegion.groups(),
    平台类型: byPlatform ? byPlatform.groups().sort((a, b) => platformRank(a.key) - platformRank(b.key)) : [],
  };
  return {
    total: tally,
    sample: sampleFacts(tally, options.sample, options.declared, options.registry),
    breakdowns: breakdownsOf(options.breakdowns, groups),
    byCategory: groups.单位类别,
    byRegion: groups.所属地区,
    byPlatform: groups.平台类型,
    byUnit: byUnit.groups(),
    items,
    failed,
    withProblems,
    listed,
    problems: groupProblems(withProblems),
    ...(scores ? { scores } : {}),
  };
}

export function aggregate(data: Inspection): Facts {
  const n = data.notice;
  const common = { sample: n.checkKind === "sample", breakdowns: n.breakdowns, failedOnly: n.problemListScope === "不合格" };
  const websites = itemFacts<Website>(data.websites, { ...common, declared: n.websiteTotal, registry: data.registry?.websites !== false });
  const accounts = itemFacts<Account>(data.accounts, { ...common, declared: n.accountTotal, registry: data.registry?.accounts !== false, platformOf: (a) => (a as Account).platform });
  const platforms = accounts.byPlatform.map((g) => g.key as Platform);
  return {
    checkKind: n.checkKind ?? "check",
    websites,
    accounts,
    platforms,
    publications: publicationFacts(data.publications, data.accounts),
    interactions: interactionFacts(data.interactions),
    followUps: followUpFacts(data.followUps),
  };
}
