/**
 * The shape of the view model that templates see. Every value is plain JSON and already formatted;
 * templates/README.md lists every field with an example.
 */
import type { AttachmentTitles } from "./attachments.js";

export interface GroupView {
  name: string;
  running: number;
  checked: number;
  passed: number;
  failed: number;
  rate: string;
}

export interface ProblemGroupView {
  description: string;
  /** Quoted names: “A”“B” (websites) or “A”微信公众号、“B”微博 (accounts). */
  names: string;
  count: number;
}

export interface ProblemView {
  category: string;
  kind: "veto" | "deduction" | "other";
  count: number;
  /** “A”“B”有1周未按要求进行更新；“C”有3周未按要求进行更新 — groups joined with ；. */
  sentence: string;
  /** Every name of the category, quoted, joined with 、. */
  names: string;
  groups: ProblemGroupView[];
}

export interface ItemView {
  any: boolean;
  running: number;
  checked: number;
  unchecked: number;
  passed: number;
  failed: number;
  vetoed: number;
  rate: string;
  allPassed: boolean;
  byCategory: GroupView[];
  byRegion: GroupView[];
  byPlatform: GroupView[];
  /** Quoted names of the 不合格 items. */
  failedNames: string;
  problems: ProblemView[];
  hasProblems: boolean;
  scores: false | { average: string; highest: string; highestNames: string; lowest: string; lowestNames: string; bands: { label: string; count: number }[]; top: string; bottom: string };
}

export interface ViewModel {
  notice: {
    kind: string;
    issuer: string;
    title: string;
    recipients: string;
    docNumber: string;
    scope: string;
    method: string;
    basis: string;
    objects: string;
    period: string;
    periodShort: string;
    periodUnit: string;
    previousPeriod: string;
    statWindow: string;
    asOf: string;
    signDate: string;
    deadline: string;
    deadlineWithWeekday: string;
    reportRequirement: string;
    contactLine: string;
    note: string;
  };
  websites: ItemView;
  accounts: ItemView;
  allPassed: boolean;
  /** Any 不合格 item or any problem, websites or accounts. */
  hasFindings: boolean;
  /** Anything to say in 总体情况: inspected items or last period's follow-ups. */
  hasOverview: boolean;
  publications: {
    any: boolean;
    units: number;
    published: number;
    adoptionRate: string;
    categories: { category: string; units: number; published: number; adoptionRate: string; top: string }[];
    accountsPublished: number;
    accountsWithCount: number;
  };
  interactions: {
    any: boolean;
    received: number;
    closed: number | "";
    closeRate: string;
    onTimeRate: string;
    mailboxes: { channel: string; received: number; closed: number | ""; closeRate: string; onTimeRate: string; allClosed: boolean }[];
    errorReports: { channel: string; received: number; closed: number | ""; closeRate: string; onTimeRate: string; allClosed: boolean }[];
  };
  followUps: {
    any: boolean;
    total: number;
    fixed: number;
    unfixed: number;
    inProgress: number;
    rate: string;
    allFixed: boolean;
    websites: number;
    accounts: number;
    openNames: string;
    notReported: string;
    anyNotReported: boolean;
    /** 2家“问题网站”和2个“问题政务新媒体” or 4个问题. */
    subject: string;
  };
  text: { mainWork: string[]; problems: string[]; requirements: string[]; closing: string[] };
  attachments: AttachmentTitles;
}
