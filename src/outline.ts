/**
 * The document outline: what `compose` produces and `render` lays out. It holds text and tables,
 * never layout numbers; the renderer owns GB/T 9704.
 */

/** Heading levels of GB/T 9704: 1 一、(黑体) 2 （一）(楷体) 3 1.(仿宋) 4 （1）(仿宋). */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A heading on its own line, numbering included: `一、总体情况`. */
export interface HeadingBlock {
  kind: "heading";
  level: HeadingLevel;
  text: string;
}

/**
 * A body paragraph, indented 2字. `lead` is a run-in heading printed in its level's font before
 * the text: `（一）运行情况。` + `第一季度，县政府门户网站……`.
 */
export interface ParagraphBlock {
  kind: "paragraph";
  text: string;
  lead?: { level: HeadingLevel; text: string };
}

export type Align = "left" | "center" | "right";

export interface TableColumn {
  header: string;
  /** Relative weight; the renderer scales the weights to the type-area width. */
  width: number;
  align?: Align;
  /** Vertically merge runs of equal consecutive values in this column (group by unit or region). */
  merge?: boolean;
  /** Least width in characters (字), e.g. room to write by hand in a blank column of a form. */
  minChars?: number;
  /** A column the reader fills in by hand: printed even when every row leaves it empty (others are dropped). */
  fillIn?: boolean;
}

export type Cell = string | number;

/** A statistics table. The renderer adds nothing: 序号 and totals rows are part of the data. */
export interface TableSpec {
  columns: TableColumn[];
  rows: Cell[][];
  /** A last row set apart (合计); its first cell usually spans nothing and reads 合计. */
  totals?: Cell[];
  /** Optional caption lines above the table (e.g. 统计时间：…), right-aligned notes are not needed. */
  caption?: string;
  /** Notes under the table, each starting with 注：or numbered. */
  notes?: string[];
  /** Body font size: 小四 (12 pt, default) or 四号 (14 pt). */
  fontSize?: "小四" | "四号";
  /** Force a landscape page; otherwise the renderer decides from the column count and widths. */
  landscape?: boolean;
}

export interface TableBlock {
  kind: "table";
  table: TableSpec;
}

/** A form laid out as label/value cells (e.g. 政务新媒体建设情况调查表): rows of [label, value, label, value…]. */
export interface FormBlock {
  kind: "form";
  rows: { cells: { text: string; span?: number; label?: boolean }[] }[];
}

export type Block = HeadingBlock | ParagraphBlock;
export type AttachmentBlock = Block | TableBlock | FormBlock;

export interface Attachment {
  /** Exactly the name listed in the 附件说明. */
  title: string;
  blocks: AttachmentBlock[];
}

export interface NoticeDocument {
  kind: "通报" | "通知";
  /** 发文机关标志, printed red in the 版头; absent = no 版头. */
  mark?: string;
  /** 发文字号, e.g. 宁政公开办发〔2020〕19号. */
  docNumber?: string;
  title: string;
  /** 主送机关 without the final colon. */
  recipients?: string;
  body: Block[];
  attachments: Attachment[];
  /** 署名 over the 成文日期 (already formatted, e.g. 2023年7月5日). */
  signature: { issuer: string; date: string };
  /** 附注 text without its parentheses, e.g. 此件公开发布. */
  note?: string;
  /** 版记; drawn only when present. */
  imprint?: { cc?: string; printer: string; date: string };
}

/** Every table of the attachments, named 附件N（-k） for export, in document order. */
export function tablesOf(doc: NoticeDocument): { name: string; title: string; table: TableSpec }[] {
  const out: { name: string; title: string; table: TableSpec }[] = [];
  doc.attachments.forEach((att, i) => {
    const tables = att.blocks.filter((b): b is TableBlock => b.kind === "table");
    const label = doc.attachments.length === 1 ? "附件" : `附件${i + 1}`;
    tables.forEach((t, k) => out.push({ name: tables.length === 1 ? label : `${label}-${k + 1}`, title: att.title, table: t.table }));
  });
  return out;
}
