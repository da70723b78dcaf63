/**
 * Bench: render a notice whose attachment holds one large table, and report time and peak RSS.
 *   node dist/test/bench/render-large-table.js                 → the matrix, each case in a fresh process
 *   node dist/test/bench/render-large-table.js ROWS docx|xml   → one case, one JSON line
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { NoticeDocument } from "../../src/outline.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { changzhou } from "../fixtures/outlines/changzhou.js";

const regions = ["银川市", "石嘴山市", "吴忠市", "固原市", "中卫市"];
const platforms = ["微信", "微博", "抖音", "移动客户端"];

function largeNotice(rows: number): NoticeDocument {
  return {
    ...changzhou,
    attachments: [
      {
        title: "政务新媒体检查发现问题账号明细表",
        blocks: [
          {
            kind: "table",
            table: {
              columns: [
                { header: "序号", width: 1 },
                { header: "地区", width: 1.6, merge: true },
                { header: "开设主体", width: 2.4 },
                { header: "账号名称", width: 2.2 },
                { header: "平台", width: 1.4 },
                { header: "问题类型", width: 2 },
                { header: "问题描述", width: 3.6, align: "left" },
                { header: "整改情况", width: 1.6 },
              ],
              rows: Array.from({ length: rows }, (_, i) => [
                i + 1,
                regions[Math.floor((i / rows) * regions.length)]!,
                `第${(i % 97) + 1}号单位`,
                `政务账号${i + 1}`,
                platforms[i % platforms.length]!,
                i % 3 === 0 ? "更新不及时" : "互动回应差",
                "超过2周未更新内容，留言未在规定时限内回复。",
                i % 5 === 0 ? "整改中" : "已整改",
              ]),
              totals: ["合计", "", "", `${rows}个`, "", "", "", ""],
            },
          },
        ],
      },
    ],
  };
}

async function one(rows: number, backend: "docx" | "xml"): Promise<void> {
  const doc = largeNotice(rows);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const bytes = await renderDocx(doc, { backend });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = Number(((used.user + used.system) / 1e6).toFixed(2));
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ rows, backend, seconds: Number(seconds.toFixed(2)), cpuSeconds, peakRssMB, sizeKB: Math.round(bytes.length / 1024) }));
}

const [rowsArg, backendArg] = process.argv.slice(2);
if (rowsArg) {
  await one(Number(rowsArg), backendArg === "docx" ? "docx" : "xml");
} else {
  const self = fileURLToPath(import.meta.url);
  const cases: [number, string][] = [
    [10_000, "docx"],
    [10_000, "xml"],
    [30_000, "xml"],
    [150_000, "xml"],
  ];
  for (const [rows, backend] of cases) {
    process.stdout.write(execFileSync(process.execPath, ["--max-old-space-size=4096", self, String(rows), backend], { encoding: "utf8" }));
  }
}
