import { Paragraph, type FileChild } from "docx";
import type { Attachment, AttachmentBlock, TableSpec } from "../outline.js";
import { bodyParagraph } from "./body.js";
import { run } from "./fonts.js";
import { cellLine, formGrid, needsLandscape, tableGrid, type Grid } from "./grid.js";
import { blockLines } from "./fit-page.js";
import { blankLines, exact } from "./lines.js";
import { titleParagraph } from "./masthead.js";
import { textWidth } from "./column-widths.js";
import { balancedLines } from "./word-breaks.js";
import { countPages, gridFlow, type Flow } from "./page-count.js";
import { LINE, SIZE } from "./page.js";
import { areaHeight, areaWidth } from "./section.js";
import { titleLines } from "./title-lines.js";

/** How a grid becomes document content: docx objects, or a marker paragraph replaced after packing. */
export type TableWriter = (grid: Grid) => FileChild;

/**
 * A caption or note around a table: 仿宋 at the table's size, flush left. One longer than the table's width
 * is broken between words into balanced lines (注：整改状态请勾选一项；未完成整改的， / 请在整改措施中写明…),
 * never leaving a word's last character alone on a line.
 */
function smallLines(text: string, size: number, width: number): string[] {
  return balancedLines(text, width / (size * 10) - 0.5, textWidth).split("\n");
}

function smallLine(lines: string[], size: number): Paragraph {
  return new Paragraph({ spacing: exact(cellLine(size)), children: lines.map((t, i) => run(t, "fangsong", size, { break: i === 0 ? 0 : 1 })) });
}

/** A block's content and what it fills down the page (for the page count). */
interface BlockLayout {
  content: FileChild[];
  flow: Flow[];
}

function blockContent(block: AttachmentBlock, width: number, room: number, write: TableWriter): BlockLayout {
  if (block.kind === "table") {
    const lines = (block.table.caption ? 1 : 0) + (block.table.notes?.length ?? 0);
    const grid = tableGrid(block.table, width, room - lines * cellLine(SIZE.四号));
    const caption = block.table.caption ? [smallLines(block.table.caption, grid.size, width)] : [];
    const notes = (block.table.notes ?? []).map((n) => smallLines(n, grid.size, width));
    const small = (texts: string[][]): Flow[] => (texts.length ? [{ kind: "lines", count: texts.flat().length, pitch: cellLine(grid.size) }] : []);
    return {
      content: [...caption.map((c) => smallLine(c, grid.size)), write(grid), ...notes.map((n) => smallLine(n, grid.size))],
      flow: [...small(caption), gridFlow(grid), ...small(notes)],
    };
  }
  if (block.kind === "form") {
    const grid = formGrid(block, width);
    return { content: [write(grid), new Paragraph({ spacing: exact() })], flow: [gridFlow(grid), { kind: "lines", count: 1, pitch: LINE }] };
  }
  return { content: [bodyParagraph(block)], flow: [{ kind: "lines", count: blockLines(block), pitch: LINE }] };
}

/** True when one of the attachment's tables needs a landscape page. */
export function isLandscape(attachment: Attachment): boolean {
  return attachment.blocks.some((b) => b.kind === "table" && needsLandscape(b.table as TableSpec));
}

/** An attachment's content and the pages it is estimated to fill (see page-count.ts). */
export interface AttachmentLayout {
  content: FileChild[];
  pages: number;
}

/**
 * An attachment page: `附件N` in 3号黑体 top-left without colon, one empty line, the title centred on the
 * third line in 2号小标宋, one empty line, then its blocks.
 */
export function attachmentContent(attachment: Attachment, label: string, write: TableWriter): AttachmentLayout {
  const landscape = isLandscape(attachment);
  const width = areaWidth(landscape);
  // Room for the first block below label, blank line, title and blank line; later blocks are not measured
  // and get none (their tables never merge).
  const head = (3 + titleLines(attachment.title).length) * LINE;
  const room = areaHeight(landscape) - head;
  const blocks = attachment.blocks.map((b, i) => blockContent(b, width, i === 0 ? room : 0, write));
  return {
    content: [
      new Paragraph({ spacing: exact(), children: [run(label, "heiti")] }),
      ...blankLines(1),
      titleParagraph(attachment.title),
      ...blankLines(1),
      ...blocks.flatMap((b) => b.content),
    ],
    pages: countPages(
      blocks.flatMap((b) => b.flow),
      areaHeight(landscape),
      head,
    ),
  };
}
