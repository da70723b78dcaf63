/** A notice (the 常州 outline) whose attachment holds one large problem-account table, for the render benchmarks. */
import type { Cell, NoticeDocument, TableColumn } from "../../src/outline.js";
import { changzhou } from "../fixtures/outlines/changzhou.js";

const regions = ["银川市", "石嘴山市", "吴忠市", "固原市", "中卫市"];
const platforms = ["微信", "微博", "抖音", "移动客户端"];

export const LARGE_COLUMNS: TableColumn[] = [
  { header: "序号", width: 1 },
  { header: "地区", width: 1.6, merge: true },
  { header: "开设主体", width: 2.4 },
  { header: "账号名称", width: 2.2 },
  { header: "平台", width: 1.4 },
  { header: "问题类型", width: 2 },
  { header: "问题描述", width: 3.6, align: "left" },
  { header: "整改情况", width: 1.6 },
];

/** The table's rows, one per account. */
export function largeRows(rows: number): Cell[][] {
  return Array.from({ length: rows }, (_, i) => [
    i + 1,
    regions[Math.floor((i / rows) * regions.length)]!,
    `第${(i % 97) + 1}号单位`,
    `政务账号${i + 1}`,
    platforms[i % platforms.length]!,
    i % 3 === 0 ? "更新不及时" : "互动回应差",
    "超过2周未更新内容，留言未在规定时限内回复。",
    i % 5 === 0 ? "整改中" : "已整改",
  ]);
}

export function largeNotice(rows: number): NoticeDocument {
  return {
    ...changzhou,
    attachments: [
      {
        title: "政务新媒体检查发现问题账号明细表",
        blocks: [
          {
            kind: "table",
            table: { columns: LARGE_COLUMNS, rows: largeRows(rows), totals: ["合计", "", "", `${rows}个`, "", "", "", ""] },
          },
        ],
      },
    ],
  };
}
