/** aggregate(data) → Facts: every count, rate, list and finding the templates need. Pure. */
import { PLATFORMS, type Account, type Inspection, type Item, type Platform, type Website } from "../schema.js";
import { followUpFacts, interactionFacts, publicationFacts } from "./activity.js";
import { consistencyFindings } from "./consistency.js";
import type { CheckedItem, Facts, ItemFacts } from "./facts.js";
import { groupProblems, hasProblem } from "./problems.js";
import { scoreFacts } from "./scores.js";
import { tally, tallyBy } from "./tally.js";
import { deriveVerdict } from "./verdict.js";

const platformRank = (p: string): number => PLATFORMS.indexOf(p as Platform);

function itemFacts<T extends Item>(rows: readonly T[], platformOf?: (item: T) => string): ItemFacts<T> {
  const items: CheckedItem<T>[] = rows.map((item, index) => ({
    index,
    item,
    verdict: item.verdict ?? deriveVerdict(item),
    derived: item.verdict === undefined,
  }));
  const checked = items.filter((ci) => ci.item.checked);
  const scores = scoreFacts(items);
  return {
    total: tally(items),
    byCategory: tallyBy(items, (it) => it.category),
    byRegion: tallyBy(items, (it) => it.region),
    byPlatform: platformOf ? tallyBy(items, platformOf).sort((a, b) => platformRank(a.key) - platformRank(b.key)) : [],
    byUnit: tallyBy(items, (it) => it.unit),
    items,
    failed: checked.filter((ci) => ci.verdict === "不合格"),
    withProblems: items.filter(hasProblem),
    problems: groupProblems(items),
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
    hasVerdicts: [...data.websites, ...data.accounts].some((it) => it.verdict !== undefined),
    warnings: consistencyFindings(data),
  };
}
