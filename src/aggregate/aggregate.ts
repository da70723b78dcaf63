/** aggregate(data) → Facts: every count, rate and list the templates need. Pure; the warnings about the data are validate's. */
import { PLATFORMS, type Account, type Inspection, type Item, type Platform, type Website } from "../schema.js";
import { followUpFacts, interactionFacts, publicationFacts } from "./activity.js";
import type { CheckedItem, Facts, ItemFacts } from "./facts.js";
import { groupProblems } from "./problems.js";
import { scoreFacts } from "./scores.js";
import { countInto, emptyCounter, finishCounter, GroupCounter } from "./tally.js";
import { hasProblem, verdictOf } from "./verdict.js";

const platformRank = (p: string): number => PLATFORMS.indexOf(p as Platform);

/** One pass over the rows: verdicts, every tally, the failed and problem lists. */
function itemFacts<T extends Item>(rows: readonly T[], platformOf?: (item: T) => string): ItemFacts<T> {
  const items: CheckedItem<T>[] = [];
  const failed: CheckedItem<T>[] = [];
  const withProblems: CheckedItem<T>[] = [];
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
  }
  const scores = scoreFacts(items);
  return {
    total: finishCounter(total),
    byCategory: byCategory.groups(),
    byRegion: byRegion.groups(),
    byPlatform: byPlatform ? byPlatform.groups().sort((a, b) => platformRank(a.key) - platformRank(b.key)) : [],
    byUnit: byUnit.groups(),
    items,
    failed,
    withProblems,
    problems: groupProblems(withProblems),
    ...(scores ? { scores } : {}),
  };
}

export function aggregate(data: Inspection): Facts {
  const websites = itemFacts<Website>(data.websites);
  const accounts = itemFacts<Account>(data.accounts, (a) => a.platform);
  const platforms = accounts.byPlatform.map((g) => g.key as Platform);
  return {
    websites,
    accounts,
    platforms,
    publications: publicationFacts(data.publications, data.accounts),
    interactions: interactionFacts(data.interactions),
    followUps: followUpFacts(data.followUps),
  };
}
