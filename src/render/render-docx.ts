import { Document, Paragraph, TextRun, type Table } from "docx";
import type { NoticeDocument } from "../outline.js";
import { cellStyles } from "./cell-styles.js";
import { attachmentLabel } from "./closing.js";
import { attachmentContent, isLandscape, type TableWriter } from "./attachment.js";
import { withoutAutoSpace } from "./doc-defaults.js";
import { fontsOf } from "./fonts.js";
import type { Grid } from "./grid.js";
import { imprint } from "./imprint.js";
import { exact } from "./lines.js";
import { mainText } from "./main-text.js";
import { packDeterministic, type Splice } from "./pack.js";
import { SIZE } from "./page.js";
import { section, type SectionOptions } from "./section.js";
import { gridTable } from "./table-docx.js";
import { gridXmlChunks } from "./table-xml.js";

export interface RenderOptions {
  /** Tables with more body rows than this are written as XML strings instead of docx objects. */
  xmlTableRows?: number;
  /**
   * Reuse the parts besides document.xml and core.xml (styles, footers, settings…) compiled and deflated for an
   * earlier document with the same sections in this thread (default true; same bytes, see
   * test/render/shared-parts.test.ts).
   */
  shareParts?: boolean;
}

/**
 * Above this many rows a table is written as XML strings: both back ends give the same bytes (see
 * test/render/table-backends.test.ts), and the docx object model costs ~55 KB RSS and ~1 ms CPU per row.
 */
export const XML_TABLE_ROWS = 20;

/**
 * Lays the outline out as a GB/T 9704-2012 Word file. Pure: no file system, same input → same bytes.
 */
export async function renderDocx(doc: NoticeDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const limit = options.xmlTableRows ?? XML_TABLE_ROWS;
  const splices: Splice[] = [];
  const write: TableWriter = (grid: Grid): Table | Paragraph => {
    if (grid.rows.length <= limit) return gridTable(grid);
    const marker = `TONGBAO-TABLE-${splices.length}-SPLICE`;
    splices.push({ marker, chunks: () => gridXmlChunks(grid) });
    return new Paragraph({ children: [new TextRun(marker)] });
  };
  const count = doc.attachments.length;
  const main = mainText(doc);
  const kinds: SectionOptions[] = [
    { first: true },
    ...doc.attachments.map((a) => ({ landscape: isLandscape(a) })),
    ...(doc.imprint ? [{ evenPage: true, numbered: false }] : []),
  ];
  const build = () =>
    new Document({
      creator: "tongbao",
      title: doc.title,
      evenAndOddHeaderAndFooters: true,
      styles: {
        default: { document: { run: { font: fontsOf("fangsong"), size: SIZE.三号 }, paragraph: { spacing: exact() } } },
        paragraphStyles: cellStyles(),
      },
      sections: [
        section(main, kinds[0]),
        ...doc.attachments.map((a, i) => section(attachmentContent(a, attachmentLabel(i, count), write), kinds[i + 1])),
        // 版记 on the back of the last sheet: its own section starting on an even page, unnumbered, like the
        // blank page LibreOffice and Word put before it when the content ends on an even page.
        ...(doc.imprint ? [section([new Paragraph({ spacing: exact(20) }), ...imprint(doc.imprint)], kinds[count + 1])] : []),
      ],
    });
  // Styles, settings and patches are fixed here, so the sections decide every shared part.
  return packDeterministic(build, splices, { "word/styles.xml": withoutAutoSpace }, options.shareParts === false ? undefined : JSON.stringify(kinds));
}
