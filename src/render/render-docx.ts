import { Document, type FileChild } from "docx";
import type { NoticeDocument } from "../outline.js";
import { cellStyles } from "./cell-styles.js";
import { attachmentLabel } from "./closing.js";
import { attachmentContent, isLandscape, type TableWriter } from "./attachment.js";
import { withoutAutoSpace } from "./doc-defaults.js";
import { XmlChunks } from "./document-xml.js";
import { fontsOf } from "./fonts.js";
import { imprint } from "./imprint.js";
import { exact } from "./lines.js";
import { mainPages } from "./fit-page.js";
import { mainText } from "./main-text.js";
import { packDocx, packXml, type PartPatches } from "./pack.js";
import { SIZE } from "./page.js";
import { section, type SectionOptions } from "./section.js";
import { gridTable } from "./table-docx.js";
import { gridXmlChunks } from "./table-xml.js";

export interface RenderOptions {
  /**
   * "xml" (default): document.xml written from the content directly — paragraphs serialized by docx one by
   * one, tables as XML strings — in a package whose other parts docx compiles once per thread for each kind
   * of document. "docx": the whole package compiled by docx, tables as docx objects (~55 KB RSS and ~1 ms CPU
   * per row): the reference the XML back end gives the same bytes as (test/render/xml-backend.test.ts).
   */
  backend?: "xml" | "docx";
}

/** Styles, settings and patches are fixed here, so the sections decide every part but document.xml and core.xml. */
const PATCHES: PartPatches = { "word/styles.xml": withoutAutoSpace };

interface SectionContent {
  kind: SectionOptions;
  children: FileChild[];
}

/**
 * Lays the outline out as a GB/T 9704-2012 Word file. Pure: no file system, same input → same bytes.
 */
export async function renderDocx(doc: NoticeDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const xml = (options.backend ?? "xml") === "xml";
  const write: TableWriter = xml ? (grid) => new XmlChunks(() => gridXmlChunks(grid)) : gridTable;
  const count = doc.attachments.length;
  const main = mainText(doc);
  const attachments = doc.attachments.map((a, i) => ({ landscape: isLandscape(a), ...attachmentContent(a, attachmentLabel(i, count), write) }));
  // The 版记 on the back of the last sheet: its own section starting on an even page. GB/T 9704 7.5 numbers
  // it unless a blank page precedes it (content ending on an even page). That depends on the layout, so the
  // page count is estimated here (page-count.ts); a field comparing page numbers would do it in Word, but
  // LibreOffice draws such nested fields as their digits.
  const contentPages = mainPages(doc) + attachments.reduce((n, a) => n + a.pages, 0);
  const sections: SectionContent[] = [
    { kind: { first: true }, children: main },
    ...attachments.map((a) => ({ kind: { landscape: a.landscape }, children: a.content })),
    ...(doc.imprint
      ? [{ kind: { evenPage: true, numbered: contentPages % 2 === 1 }, children: imprint(doc.imprint) }]
      : []),
  ];
  const build = (title: string, withContent: boolean) =>
    new Document({
      creator: "tongbao",
      title,
      evenAndOddHeaderAndFooters: true,
      styles: {
        default: { document: { run: { font: fontsOf("fangsong"), size: SIZE.三号 }, paragraph: { spacing: exact() } } },
        paragraphStyles: cellStyles(),
      },
      sections: sections.map((s) => section(withContent ? s.children : [], s.kind)),
    });
  if (!xml) return packDocx(() => build(doc.title, true), PATCHES);
  const kinds = sections.map((s) => s.kind);
  return packXml(JSON.stringify(kinds), (title) => build(title, false), doc.title, sections.map((s) => s.children), PATCHES);
}
