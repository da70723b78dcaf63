/** The synthetic unit universe: names, 4 categories and 16 regions, unique names, seeded. */
import { createRng, subSeed } from "./random.js";

export interface Unit {
  name: string;
  category: string;
  region: string;
  /** Short name its accounts are called by, e.g. 临川教育. */
  brand: string;
  /** Host label for its websites' addresses. */
  host: string;
}

export const CATEGORIES = ["市级部门", "县区政府", "县区部门", "乡镇街道"] as const;
const CATEGORY_WEIGHTS = [15, 8, 42, 35];

/** 16 invented regions; the first stands for the issuing level itself. */
export const REGIONS = [
  "本级", "澄湖区", "鹭洲区", "临溪区", "望川区", "桐岭县", "青岑县", "云渡县", "安澜市", "石泉县", "枫桥区",
  "白沙县", "金塘县", "岚山区", "松溪县", "梅岭市",
] as const;

const DEPARTMENTS: ReadonlyArray<[string, string]> = [
  ["发展和改革委员会", "发改"], ["教育局", "教育"], ["科学技术局", "科技"], ["工业和信息化局", "工信"], ["公安局", "公安"],
  ["民政局", "民政"], ["司法局", "司法"], ["财政局", "财政"], ["人力资源和社会保障局", "人社"], ["自然资源局", "自然资源"],
  ["生态环境局", "生态环境"], ["住房和城乡建设局", "住建"], ["交通运输局", "交通"], ["水利局", "水利"], ["农业农村局", "农业农村"],
  ["商务局", "商务"], ["文化广电旅游局", "文旅"], ["卫生健康委员会", "卫健"], ["退役军人事务局", "退役军人"], ["应急管理局", "应急"],
  ["审计局", "审计"], ["市场监督管理局", "市场监管"], ["统计局", "统计"], ["医疗保障局", "医保"], ["城市管理局", "城管"],
  ["林业局", "林业"], ["体育局", "体育"], ["数据资源管理局", "数据"], ["政务服务管理局", "政务服务"], ["信访局", "信访"],
  ["税务局", "税务"], ["气象局", "气象"], ["粮食和物资储备局", "粮储"], ["乡村振兴局", "乡村振兴"], ["机关事务管理局", "机关事务"],
  ["档案馆", "档案"], ["地方志办公室", "方志"], ["红十字会", "红会"], ["残疾人联合会", "残联"], ["融媒体中心", "融媒"],
];
const SYLLABLES = "东西南北龙凤安宁平清河山江湖桥石青云金银长新兴华阳泉林溪岭塘沙丰和福庆城源口湾坪梅竹松柏桃杏莲荷".split("");

const regionShort = (region: string): string => (region === "本级" ? "江临" : region.slice(0, 2));

/** `count` units with unique names; the same seed gives the same list. */
export function syntheticUnits(count: number, seed: number): Unit[] {
  const rng = createRng(subSeed(seed, "units"));
  const used = new Set<string>();
  const brands = new Set<string>();
  const units: Unit[] = [];
  while (units.length < count) {
    const category: string = rng.weighted(CATEGORIES, CATEGORY_WEIGHTS);
    const region = category === "市级部门" ? "本级" : rng.pick(REGIONS.slice(1));
    const short = regionShort(region);
    const place = `${rng.pick(SYLLABLES)}${rng.pick(SYLLABLES)}`;
    const [dept, deptBrand] = rng.pick(DEPARTMENTS);
    let name: string;
    let brand: string;
    if (category === "市级部门") [name, brand] = [`江临市${dept}`, `江临${deptBrand}`];
    else if (category === "县区部门") [name, brand] = [`${region}${dept}`, `${short}${deptBrand}`];
    else if (category === "县区政府" && !used.has(`${region}人民政府`)) [name, brand] = [`${region}人民政府`, `${short}发布`];
    else if (category === "县区政府") [name, brand] = [`${region}${place}开发区管理委员会`, `${place}开发区`];
    else {
      const street = rng.chance(0.3);
      [name, brand] = [`${region}${place}${street ? "街道办事处" : "镇人民政府"}`, `${place}${street ? "街道" : "发布"}`];
    }
    if (brands.has(brand)) brand = `${short}${brand}`;
    // Names and brands are unique; towns have thousands of free names, so this loop ends.
    if (used.has(name) || brands.has(brand)) continue;
    used.add(name);
    brands.add(brand);
    units.push({ name, category, region, brand, host: `u${units.length + 1}` });
  }
  return units;
}
