/** The view of the activity sheets: 信息发布 (publications), 互动交流 (interactions) and 上期整改 (follow-ups). */
import type { Facts } from "../aggregate/facts.js";
import { joinWithAnd, quoteNames } from "../format/names.js";
import { formatRate, type Fraction } from "../format/rate.js";
import { extraText } from "./view-model-says.js";
import type { ViewModel } from "./view-model-types.js";

/** Empty when there is no rate, or no rate to speak of (a zero denominator: 0件 received, 0 checked). */
const optRate = (r: Fraction | undefined, decimals?: number): string => (r && r.den > 0 ? formatRate(r, decimals) : "");

export function publicationsView(pub: Facts["publications"], decimals?: number): ViewModel["publications"] {
  return {
    any: pub.units > 0,
    units: pub.units,
    published: pub.published,
    adoptionRate: optRate(pub.adoptionRate, decimals),
    categories: pub.categories.map((c) => ({
      category: c.category,
      units: c.units.length,
      published: c.published,
      adoptionRate: optRate(c.adoptionRate, decimals),
      top: quoteNames(c.units.slice(0, 3).map((u) => u.unit)),
      extraText: extraText(c.extra, c.units.length),
    })),
    extraText: extraText(pub.extra, pub.units),
    severalCategories: pub.categories.length > 1,
    extra: pub.extra,
    accountsPublished: pub.accountsPublished,
    accountsWithCount: pub.accountsWithCount,
  };
}

function channelView(c: Facts["interactions"]["channels"][number], decimals?: number) {
  return {
    channel: c.channel,
    received: c.received,
    closed: c.closed ?? ("" as const),
    closeRate: optRate(c.closeRate, decimals),
    onTimeRate: optRate(c.onTimeRate, decimals),
    allClosed: c.received > 0 && c.closed !== undefined && c.closed === c.received,
  };
}

export function interactionsView(inter: Facts["interactions"], decimals?: number): ViewModel["interactions"] {
  return {
    any: inter.channels.length > 0,
    received: inter.received,
    closed: inter.closed ?? "",
    closeRate: optRate(inter.closeRate, decimals),
    onTimeRate: optRate(inter.onTimeRate, decimals),
    mailboxes: inter.channels.filter((c) => !c.errorReport).map((c) => channelView(c, decimals)),
    errorReports: inter.channels.filter((c) => c.errorReport).map((c) => channelView(c, decimals)),
  };
}

function followUpSubject(websites: number, accounts: number, total: number): string {
  const parts = [websites ? `${websites}家“问题网站”` : "", accounts ? `${accounts}个“问题政务新媒体”` : ""].filter(Boolean);
  const rest = total - websites - accounts;
  if (rest > 0) parts.push(`${rest}个其他问题`);
  return parts.length === 1 && rest === total ? `${total}个问题` : joinWithAnd(parts);
}

export function followUpsView(f: Facts["followUps"], decimals?: number): ViewModel["followUps"] {
  const countType = (type: string) => f.byType.find((t) => t.type === type)?.tally.total ?? 0;
  return {
    any: f.total > 0,
    total: f.total,
    fixed: f.fixed,
    unfixed: f.unfixed,
    inProgress: f.inProgress,
    rate: formatRate(f.fixRate, decimals),
    allFixed: f.total > 0 && f.fixed === f.total,
    websites: countType("政府网站"),
    accounts: countType("政务新媒体"),
    // Name each unit once: one named as not reporting is not named again as not fixed.
    openNames: quoteNames(f.open.filter((o) => !f.notReported.includes(o.unit ?? o.name) && !f.notReported.includes(o.name)).map((o) => o.name)),
    notReported: joinWithAnd(f.notReported),
    anyNotReported: f.notReported.length > 0,
    subject: followUpSubject(countType("政府网站"), countType("政务新媒体"), f.total),
  };
}
