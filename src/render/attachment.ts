import { Paragraph, type FileChild } from "docx";
import type { Attachment, AttachmentBlock, TableSpec } from "../outline.js";
import { bodyParagraph } from "./body.js";
import { run } from "./fonts.js";
import { cellLine, formGrid, needsLandscape, tableGrid, type Grid } from "./grid.js";
import { blockLines } from "./fit-page.js";
import { blankLines, exact } from "./lines.js";
import { titleParagraph } from "./masthead.js";
import { countPages, gridFlow, type Flow } from "./page-count.js";
import { LINE, SIZE } from "./page.js";
import { areaHeight, areaWidth } from "./section.js";
import { titleLines } from "./title-lines.js";

/** How a grid becomes document content: docx objects, or a marker paragraph replaced after packing. */
export type TableWriter = (grid: Grid) => FileChild;

/** Caption and notes around a table: 仿宋 at the table's size, flush left. */
function smallLine(text: string, size: number): Paragraph {
  return new Paragraph({ spacing: exact(cellLine(size)), children: [run(text, "fangsong", size)] });
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
    const caption = block.table.caption ? [smallLine(block.table.caption, grid.size)] : [];
    const notes = (block.table.notes ?? []).map((n) => smallLine(n, grid.size));
    const small = (count: number): Flow[] => (count ? [{ kind: "lines", count, pitch: cellLine(grid.size) }] : []);
    return { content: [...caption, write(grid), ...notes], flow: [...small(caption.length), gridFlow(grid), ...small(notes.length)] };
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
