/**
 * 江临市 (an invented city), 2024年第三季度: the example inspection behind data/example.xlsx and
 * data/example.json. Names and figures are invented; the mix follows the published notices in domain.md.
 */
import { InspectionSchema, type Account, type Inspection, type Publication, type Website } from "../../src/schema.js";
import { createRng, type Rng } from "./random.js";

const CITY = "江临市";
const SHORT = "江临";

/** [department, pinyin for its host name, short brand for its accounts]. */
const DEPARTMENTS: ReadonlyArray<[string, string, string]> = [
  ["发展和改革委员会", "fgw", "发改"], ["教育局", "jyj", "教育"], ["科学技术局", "kjj", "科技"],
  ["工业和信息化局", "gxj", "工信"], ["公安局", "gaj", "公安"], ["民政局", "mzj", "民政"], ["司法局", "sfj", "司法"],
  ["财政局", "czj", "财政"], ["人力资源和社会保障局", "rsj", "人社"], ["自然资源和规划局", "zrzyj", "自然资源"],
  ["生态环境局", "sthjj", "生态环境"], ["住房和城乡建设局", "zjj", "住建"], ["交通运输局", "jtj", "交通"],
  ["水利局", "slj", "水利"], ["农业农村局", "nyncj", "农业农村"], ["商务局", "swj", "商务"],
  ["文化广电旅游局", "wglj", "文旅"], ["卫生健康委员会", "wjw", "卫健"], ["退役军人事务局", "tyjrj", "退役军人"],
  ["应急管理局", "yjj", "应急"], ["审计局", "sjj", "审计"], ["市场监督管理局", "scjgj", "市场监管"],
  ["统计局", "tjj", "统计"], ["医疗保障局", "ybj", "医保"], ["城市管理局", "cgj", "城管"], ["林业局", "lyj", "林业"],
  ["体育局", "tyj", "体育"], ["数据资源管理局", "sjzyj", "数据"], ["政务服务管理局", "zwfwj", "政务服务"],
  ["信访局", "xfj", "信访"],
];

/** [county/district, pinyin, its towns and streets]. */
const COUNTIES: ReadonlyArray<[string, string, readonly string[]]> = [
  ["澄湖区", "chenghu", ["东港街道", "西湖街道", "湖滨街道", "澄南街道", "白鹭镇"]],
  ["鹭洲区", "luzhou", ["鹭江街道", "洲头街道", "新港街道", "沙岗镇"]],
  ["临溪区", "linxi", ["溪口街道", "桥西街道", "龙潭镇", "石门镇", "上坊镇"]],
  ["望川区", "wangchuan", ["望川街道", "川东街道", "金竹镇", "岭下镇"]],
  ["桐岭县", "tongling", ["桐城镇", "岭口镇", "长塘镇", "高坪乡", "大源镇", "茶亭镇"]],
  ["青岑县", "qingcen", ["青岑镇", "岑溪镇", "马坑乡", "古塘镇", "双河镇"]],
  ["云渡县", "yundu", ["云渡镇", "石桥镇", "枫林乡", "渡头镇", "黄沙镇"]],
  ["安澜市", "anlan", ["安平街道", "澜江街道", "中洲街道", "新丰镇", "盘石镇"]],
];

/** County-level departments that keep accounts; [name, brand]. */
const COUNTY_DEPARTMENTS: ReadonlyArray<[string, string]> = [
  ["教育局", "教育"], ["公安分局", "公安"], ["卫生健康局", "卫健"], ["人力资源和社会保障局", "人社"],
  ["市场监督管理局", "市场监管"], ["文化广电旅游局", "文旅"], ["城市管理局", "城管"], ["应急管理局", "应急"],
  ["农业农村局", "农业农村"], ["融媒体中心", "融媒"],
];

const WEBSITE_VETOES: Record<string, [string, string]> = {
  林业局: ["栏目不更新", "“通知公告”“政策文件”等5个一级栏目监测时间点前6个月内无更新"],
  信访局: ["互动回应差", "“局长信箱”栏目有3条有效留言超过3个月未答复"],
  体育局: ["栏目不更新", "应更新但长期未更新的栏目达11个"],
};
const WEBSITE_DEDUCTIONS: Record<string, [string[], string, number]> = {
  统计局: [["政策解读不规范"], "政策解读未与政策文件关联发布", 86],
  医疗保障局: [["办事指南要素缺失"], "部分办事指南缺少办理材料、办理时限等要素", 83],
  退役军人事务局: [["留言答复不及时"], "部分留言答复超过规定时限", 88],
  审计局: [["搜索功能不可用"], "站内搜索无法按标题检索", 90],
  商务局: [["搜索功能不可用"], "站内搜索无法按标题检索", 91],
  水利局: [["政策解读不规范", "链接无法访问"], "政策解读未与政策文件关联发布，首页存在3个无法访问的链接", 79],
  科学技术局: [["留言答复不及时", "办事指南要素缺失"], "多条留言答复超期，科技项目申报等办事指南缺少办理流程", 57],
};

const ACCOUNT_VETOES = [
  ["监测时间点前2周内无更新", "检查期间最近一次更新距监测时间点超过2周"],
  ["未提供有效互动功能", "菜单栏互动入口失效，无法留言或咨询"],
  ["严重表述错误", "推文中领导同志职务表述错误"],
] as const;
const ACCOUNT_DEDUCTIONS = [
  ["内容更新不及时", "更新频率低，检查期间月均发布少于4条"],
  ["功能无法使用", "菜单栏“办事指南”链接无法打开"],
  ["发布与本单位职能无关信息", "转载娱乐类信息，与本单位职能无关"],
  ["互动回复不及时", "群众留言超过5个工作日未回复"],
] as const;

const PLATFORMS = ["微信", "微博", "抖音", "今日头条", "移动客户端", "快手", "微信视频号"] as const;
const PLATFORM_WEIGHTS = [60, 12, 12, 5, 2, 3, 6];

interface Owner { unit: string; category: string; region: string; brand: string; accounts: number }

function websites(rng: Rng): Website[] {
  const list: Website[] = [{
    name: `${CITY}人民政府门户网站`, code: "3699000001", url: "https://www.jianglin.gov.cn",
    unit: `${CITY}人民政府办公室`, category: "市级部门", region: "市本级", checked: true, verdict: "合格",
    score: 104.5, vetoes: [], deductions: [],
  }];
  DEPARTMENTS.forEach(([dept, host], i) => {
    const veto = WEBSITE_VETOES[dept];
    const deduction = WEBSITE_DEDUCTIONS[dept];
    const site: Website = {
      name: `${CITY}${dept}网站`, code: `36990000${String(i + 2).padStart(2, "0")}`, url: `https://${host}.jianglin.gov.cn`,
      unit: `${CITY}${dept}`, category: "市级部门", region: "市本级", checked: true, verdict: "合格",
      vetoes: [], deductions: [],
    };
    if (veto) Object.assign(site, { verdict: "不合格", vetoes: [veto[0]], description: veto[1], rectification: "整改中" });
    else if (deduction) {
      const [kinds, description, score] = deduction;
      Object.assign(site, { verdict: score < 60 ? "不合格" : "合格", score, deductions: kinds, description, rectification: "已整改" });
    } else site.score = rng.int(176, 196) / 2;
    list.push(site);
  });
  COUNTIES.forEach(([county, host], i) => {
    const type = county.endsWith("区") ? "区" : county.endsWith("县") ? "县" : "市";
    list.push({
      name: `${county}人民政府门户网站`, code: `3699${String(i + 1).padStart(2, "0")}0001`, url: `https://${host}.jianglin.gov.cn`,
      unit: `${county}人民政府办公室`, category: "县区政府", region: county, checked: true, verdict: "合格",
      score: rng.int(180, 204) / 2, vetoes: [], deductions: [], remark: type === "市" ? "县级市" : undefined,
    });
  });
  list.push({
    name: `${CITY}经济技术开发区管理委员会网站`, code: "3699900001", url: "https://jkq.jianglin.gov.cn",
    unit: `${CITY}经济技术开发区管理委员会`, category: "县区政府", region: "江临经开区", checked: true, verdict: "合格",
    score: rng.int(176, 194) / 2, vetoes: [], deductions: [],
  });
  return list;
}

function owners(rng: Rng): Owner[] {
  const list: Owner[] = [{ unit: `${CITY}人民政府办公室`, category: "市级部门", region: "市本级", brand: `${SHORT}发布`, accounts: 5 }];
  for (const [dept, , brand] of DEPARTMENTS) {
    list.push({ unit: `${CITY}${dept}`, category: "市级部门", region: "市本级", brand: `${SHORT}${brand}`, accounts: rng.int(2, 4) });
  }
  for (const [county, , towns] of COUNTIES) {
    const short = county.slice(0, 2);
    list.push({ unit: `${county}人民政府`, category: "县区及其部门", region: county, brand: `${short}发布`, accounts: rng.int(3, 5) });
    for (const [dept, brand] of COUNTY_DEPARTMENTS) {
      if (rng.chance(0.8)) list.push({ unit: `${county}${dept}`, category: "县区及其部门", region: county, brand: `${short}${brand}`, accounts: rng.int(1, 2) });
    }
    for (const town of towns) {
      const unit = `${county}${town}${town.endsWith("街道") ? "办事处" : "人民政府"}`;
      const brand = town.endsWith("街道") ? town : `${town.replace(/[镇乡]$/, "")}${town.startsWith(short) ? "镇" : ""}发布`;
      list.push({ unit, category: "乡镇街道", region: county, brand, accounts: rng.int(1, 3) });
    }
  }
  return list;
}

const isoDay = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function accounts(rng: Rng): Account[] {
  const list: Account[] = [];
  for (const owner of owners(rng)) {
    const used = new Set<string>();
    for (let k = 0; k < owner.accounts; k++) {
      let platform: string = "微信";
      for (let tries = 0; used.has(platform) && tries < 20; tries++) platform = rng.weighted(PLATFORMS, PLATFORM_WEIGHTS);
      if (used.has(platform)) break;
      used.add(platform);
      const name = platform === "移动客户端" ? `i${owner.brand.replace(/发布$/, "")}` : owner.brand;
      const account: Account = {
        name, platform: platform as Account["platform"], unit: owner.unit, category: owner.category, region: owner.region,
        checked: !rng.chance(0.013), vetoes: [], deductions: [],
      };
      if (account.checked) {
        const roll = rng.next();
        account.published = rng.int(12, 420);
        if (roll < 0.032) {
          const [veto, description] = rng.pick(ACCOUNT_VETOES);
          Object.assign(account, { verdict: "不合格", vetoes: [veto], description, rectification: rng.pick(["整改中", "未整改"] as const) });
          if (veto.includes("无更新")) account.published = rng.int(0, 3);
        } else if (roll < 0.132) {
          const [deduction, description] = rng.pick(ACCOUNT_DEDUCTIONS);
          Object.assign(account, { verdict: "合格", deductions: [deduction], description, rectification: "已整改" });
          if (deduction === "内容更新不及时") account.published = rng.int(4, 11);
        } else account.verdict = "合格";
      } else account.remark = "账号迁移中，本期未检查";
      if (rng.chance(0.35)) {
        account.openedAt = isoDay(rng.int(2013, 2023), rng.int(1, 12), rng.int(1, 28));
        account.fans = rng.int(800, platform === "抖音" ? 260000 : 90000);
        const outsourced = rng.chance(0.3);
        account.operator = outsourced ? `${SHORT}融媒科技有限公司` : owner.unit;
        account.operationMode = outsourced ? "委托第三方运营" : "自主运营";
      }
      list.push(account);
    }
  }
  return list;
}

function publications(rng: Rng): Publication[] {
  const list: Publication[] = [];
  for (const [county, , towns] of COUNTIES.slice(0, 4)) {
    for (const town of towns) {
      const submitted = rng.int(20, 90);
      list.push({ unit: `${county}${town}`, category: "乡镇（街道）", published: rng.int(40, 260), submitted, adopted: rng.int(Math.floor(submitted / 2), submitted) });
    }
  }
  for (const [county] of COUNTIES.slice(0, 3)) {
    for (const [dept] of COUNTY_DEPARTMENTS.slice(0, 7)) {
      const submitted = rng.int(15, 120);
      list.push({ unit: `${county}${dept}`, category: "县级部门", published: rng.int(60, 640), submitted, adopted: rng.int(Math.floor(submitted / 3), submitted) });
    }
  }
  return list;
}

/** The whole example inspection, validated against the canonical schema (defaults filled in). */
export function exampleCity(seed = 20240930): Inspection {
  const rng = createRng(seed);
  return InspectionSchema.parse({
    notice: {
      kind: "通报",
      issuer: `${CITY}人民政府办公室`,
      issuerMark: `${CITY}人民政府办公室文件`,
      docNumber: "江政办发〔2024〕58号",
      period: "2024-Q3",
      statStart: "2024-07-01",
      statEnd: "2024-09-30",
      scope: "全市",
      method: "监测软件自动扫描和人工复核相结合",
      basis: "《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》（国办秘函〔2019〕19号）",
      recipients: "各县（市、区）人民政府，市政府各部门，各直属机构",
      signDate: "2024-10-14",
      deadline: "2024-10-31",
      reportRequirement: "请相关单位对照问题清单逐项整改，并将整改情况加盖公章后通过电子邮箱报市政府办公室政务公开科",
      contactName: "周明",
      contactPhone: "0739-5550123",
      contactEmail: "zwgk@jianglin.gov.cn",
      note: "此件公开发布",
    },
    websites: websites(rng),
    accounts: accounts(rng),
    publications: publications(rng),
    interactions: [
      { channel: "市长信箱", received: 386, closed: 379, closedOnTime: 371 },
      { channel: "部门信箱", received: 612, closed: 598, closedOnTime: 580 },
      { channel: "我为政府网站找错", received: 27, closed: 27, closedOnTime: 27 },
    ],
    followUps: [
      { targetType: "政府网站", name: `${CITY}统计局网站`, unit: `${CITY}统计局`, problem: "“统计数据”栏目超过6个月未更新", status: "已整改", reportedOnTime: true },
      { targetType: "政府网站", name: "桐岭县人民政府门户网站", unit: "桐岭县人民政府办公室", problem: "“县长信箱”有效留言超过3个月未答复", status: "已整改", reportedOnTime: true },
      { targetType: "政务新媒体", name: "澄湖城管", unit: "澄湖区城市管理局", problem: "监测时间点前2周内无更新", status: "已整改", reportedOnTime: true },
      { targetType: "政务新媒体", name: "青岑文旅", unit: "青岑县文化广电旅游局", problem: "未提供有效互动功能", status: "整改中", reportedOnTime: true },
      { targetType: "政务新媒体", name: `${SHORT}林业`, unit: `${CITY}林业局`, problem: "超过2周无更新", status: "未整改", reportedOnTime: false },
      { targetType: "单位", name: "安澜市人民政府办公室", unit: "安澜市人民政府办公室", problem: "门户网站信息发布审核不严，出现错别字", status: "已整改", reportedOnTime: true },
    ],
    sections: [
      { section: "主要工作", text: "一是压实监管责任。市政府办公室按月开展政府网站和政务新媒体常态化监测，对发现的问题通过短信和工作群即时提醒开设单位，要求在2个工作日内核实整改并反馈，形成发现、交办、整改、复核的工作闭环。" },
      { section: "主要工作", text: "二是强化内容审核。督促各地各部门落实“先审后发”和“三审三校”制度，组织开展错敏信息专项排查，第三季度累计排查信息1.2万余条，发现并更正错别字、不规范表述43处。" },
      { section: "工作要求", text: "各地各部门要切实履行主管主办责任，对本次通报的问题举一反三、全面排查，建立问题台账，明确整改时限和责任人；对长期不更新、无力维护的政务新媒体，要按程序坚决予以关停整合。" },
    ],
  });
}
