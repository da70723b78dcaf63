/**
 * Deterministic synthetic inspections at three scales for the benchmark, as the canonical Inspection
 * and as a contract workbook written by exceljs's streaming writer. Records are computed per index from
 * the seed, so the workbook streams row by row and the national scale stays memory-bounded.
 */
import type { Account, FollowUp, Inspection, Interaction, NoticeInfo, Publication, Section, Website } from "../../src/schema.js";
import { inspectionSheets, type InspectionSource } from "./inspection-sheets.js";
import { createRng, subSeed, type Rng } from "./random.js";
import { syntheticUnits, type Unit } from "./synthetic-units.js";
import { writeWorkbook } from "./write-workbook.js";

export const SCALES = {
  city: { websites: 60, accounts: 300, units: 60, issuer: "江临市人民政府办公室", scope: "全市" },
  province: { websites: 1_500, accounts: 15_000, units: 1_500, issuer: "江临省人民政府办公厅", scope: "全省" },
  national: { websites: 15_000, accounts: 150_000, units: 3_000, issuer: "国务院办公厅", scope: "全国" },
} as const;
export type ScaleName = keyof typeof SCALES;

const PLATFORMS = ["微信", "微博", "抖音", "今日头条", "移动客户端", "快手", "微信视频号"] as const;
const PLATFORM_WEIGHTS = [55, 14, 12, 7, 2, 3, 7];
const WEBSITE_VETOES = ["栏目不更新", "首页不更新", "互动回应差", "服务不实用", "站点无法访问", "严重表述错误"];
const WEBSITE_DEDUCTIONS = ["政策解读不规范", "办事指南要素缺失", "留言答复不及时", "搜索功能不可用", "链接无法访问", "栏目更新不及时"];
const ACCOUNT_VETOES = ["监测时间点前2周内无更新", "未提供有效互动功能", "严重表述错误"];
const ACCOUNT_DEDUCTIONS = ["内容更新不及时", "功能无法使用", "发布与本单位职能无关信息", "互动回复不及时", "链接无法访问"];
const SUFFIXES = ["", "发布", "服务", "在线", "之声", "资讯", "微讯", "视界", "e家", "政务"];

/** Problems, score and verdict shared by websites and accounts: ~3% veto, ~10% deduction, ~1% not checked. */
function inspect(rng: Rng, vetoes: readonly string[], deductions: readonly string[]) {
  if (rng.chance(0.01)) return { checked: false, vetoes: [], deductions: [], remark: "本期未检查" };
  const roll = rng.next();
  if (roll < 0.03) {
    const veto = rng.pick(vetoes);
    return { checked: true, verdict: "不合格" as const, vetoes: [veto], deductions: [], description: `存在“${veto}”问题`,
      rectification: rng.pick(["整改中", "未整改"] as const) };
  }
  if (roll < 0.13) {
    const list = [...new Set([rng.pick(deductions), rng.pick(deductions)])].slice(0, rng.int(1, 2));
    const score = rng.int(100, 180) / 2;
    return { checked: true, verdict: score < 60 ? "不合格" as const : "合格" as const, score, vetoes: [], deductions: list,
      description: `存在${list.join("、")}问题`, rectification: rng.pick(["已整改", "整改中"] as const) };
  }
  return { checked: true, verdict: "合格" as const, score: rng.int(170, 200) / 2, vetoes: [], deductions: [] };
}

function website(i: number, units: readonly Unit[], seed: number): Website {
  const rng = createRng(subSeed(seed, `website${i}`));
  const unit = units[i % units.length]!;
  const k = Math.floor(i / units.length);
  const name = k === 0 ? `${unit.name}网站` : `${unit.name}${["政务服务", "信息公开", "专题"][k % 3]}网${k > 2 ? k : ""}`;
  return {
    name, code: `36${String(i + 1).padStart(8, "0")}`, url: `https://${unit.host}${k ? `-${k}` : ""}.jianglin.gov.cn`,
    unit: unit.name, category: unit.category, region: unit.region, ...inspect(rng, WEBSITE_VETOES, WEBSITE_DEDUCTIONS),
  };
}

function account(i: number, units: readonly Unit[], seed: number): Account {
  const rng = createRng(subSeed(seed, `account${i}`));
  const unit = units[i % units.length]!;
  const k = Math.floor(i / units.length);
  const suffix = `${SUFFIXES[k % SUFFIXES.length]}${k >= SUFFIXES.length ? Math.floor(k / SUFFIXES.length) + 1 : ""}`;
  const result = inspect(rng, ACCOUNT_VETOES, ACCOUNT_DEDUCTIONS);
  const registry = rng.chance(0.3);
  return {
    name: `${unit.brand}${suffix}`, platform: rng.weighted(PLATFORMS, PLATFORM_WEIGHTS), unit: unit.name,
    category: unit.category, region: unit.region, ...result,
    published: result.checked ? (result.vetoes[0]?.includes("无更新") ? rng.int(0, 3) : rng.int(5, 500)) : undefined,
    ...(registry ? {
      openedAt: `${rng.int(2013, 2023)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
      fans: rng.int(200, 300_000), operator: unit.name, operationMode: rng.pick(["自主运营", "委托第三方运营", "合作运营"]),
    } : {}),
  };
}

function* range<T>(count: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < count; i++) yield make(i);
}
/** An iterable that starts over (same records) each time it is iterated. */
const lazy = <T>(count: number, make: (i: number) => T): Iterable<T> => ({ [Symbol.iterator]: () => range(count, make) });

function notice(scale: ScaleName): NoticeInfo {
  const { issuer, scope } = SCALES[scale];
  return {
    kind: "通报", issuer, issuerMark: `${issuer}文件`, docNumber: "江政办发〔2024〕58号", period: "2024-Q3",
    statStart: "2024-07-01", statEnd: "2024-09-30", scope, method: "监测软件自动扫描和人工复核相结合",
    basis: "《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》（国办秘函〔2019〕19号）",
    recipients: "各有关单位", signDate: "2024-10-14", deadline: "2024-10-31", contactName: "周明",
    contactPhone: "0739-5550123", note: "此件公开发布",
  };
}

/** The synthetic inspection as lazy record streams (for the streaming workbook writer). */
export function syntheticSource(scale: ScaleName, seed: number): InspectionSource {
  const size = SCALES[scale];
  const units = syntheticUnits(size.units, seed);
  const rng = createRng(subSeed(seed, "small sheets"));
  const publications: Publication[] = units.map((u) => {
    const submitted = rng.int(0, 120);
    return { unit: u.name, category: u.category, published: rng.int(0, 800), submitted, adopted: rng.int(0, submitted) };
  });
  const interactions: Interaction[] = ["领导信箱", "部门信箱", "我为政府网站找错"].map((channel) => {
    const received = rng.int(size.units / 10, size.units);
    const closed = received - rng.int(0, Math.floor(received / 20));
    return { channel, received, closed, closedOnTime: closed - rng.int(0, Math.floor(closed / 20)) };
  });
  const followUps: FollowUp[] = Array.from({ length: Math.ceil(size.websites / 50) + 5 }, (_, j) => {
    const site = website(rng.int(0, size.websites - 1), units, seed);
    return { targetType: "政府网站", name: site.name, unit: site.unit, problem: "上期检查发现栏目不更新",
      status: rng.pick(["已整改", "整改中", "未整改"] as const), reportedOnTime: j % 7 !== 3 };
  });
  const sections: Section[] = [
    { section: "主要工作", text: "一是压实监管责任，按月开展常态化监测，形成发现、交办、整改、复核的工作闭环。" },
    { section: "工作要求", text: "各地各部门要对本次通报的问题举一反三、全面排查，明确整改时限和责任人。" },
  ];
  return {
    notice: notice(scale),
    websites: lazy(size.websites, (i) => website(i, units, seed)),
    accounts: lazy(size.accounts, (i) => account(i, units, seed)),
    publications, interactions, followUps, sections,
  };
}

/** The synthetic inspection in canonical form (holds every record in memory). */
export function syntheticInspection(scale: ScaleName, seed: number): Inspection {
  const source = syntheticSource(scale, seed);
  return {
    notice: source.notice, websites: [...source.websites], accounts: [...source.accounts],
    publications: [...source.publications], interactions: [...source.interactions],
    followUps: [...source.followUps], sections: [...source.sections],
  };
}

/** Writes the synthetic workbook with the streaming writer; rows are committed one by one. */
export async function writeSyntheticWorkbook(scale: ScaleName, seed: number, file: string): Promise<void> {
  await writeWorkbook(file, inspectionSheets(syntheticSource(scale, seed)));
}
