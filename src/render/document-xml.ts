/**
 * word/document.xml written from the sections' content, without compiling the docx package per document:
 * paragraphs and small docx objects by componentXml (docx's own serialization), tables as XML chunks
 * (table-xml.ts), each section closed by the section properties docx wrote for the document's skeleton.
 * Laid out as docx's Body lays it out, so both back ends give the same bytes (test/render/xml-backend.test.ts).
 */
import { FileChild, Paragraph } from "docx";
import { componentXml } from "./component-xml.js";

const encoder = new TextEncoder();
/** Characters of XML gathered before they are encoded: bounds any one intermediate string. */
const FLUSH_AT = 1 << 20;

/** Content written as XML chunks in place: a table too costly for the docx object model. */
export class XmlChunks extends FileChild {
  constructor(readonly chunks: () => Uint8Array[]) {
    super("tongbao:xml-chunks");
  }

  override prepForXml(): never {
    throw new Error("XML chunks are written by document-xml.ts, not by docx's formatter");
  }
}

/** What the skeleton's document.xml gives every document of its kind. */
export interface DocumentFrame {
  /** The XML declaration, `<w:document …>` with its namespaces, and `<w:body>`. */
  prefix: string;
  /** Each section's `<w:sectPr>…</w:sectPr>`, in order. */
  sectPrs: string[];
  /** `</w:body></w:document>`. */
  suffix: string;
}

const SECT_PR = /<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g;
const sectionParagraph = (sectPr: string) => `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;

/**
 * The frame of a document.xml docx wrote for sections without content: each section but the last is an
 * empty paragraph holding its properties, the last one's properties close the body.
 */
export function documentFrame(xml: string, sections: number): DocumentFrame {
  const sectPrs = xml.match(SECT_PR) ?? [];
  const open = xml.indexOf("<w:body>") + "<w:body>".length;
  const frame = { prefix: xml.slice(0, open), sectPrs, suffix: "</w:body></w:document>" };
  const expected = frame.prefix + sectPrs.slice(0, -1).map(sectionParagraph).join("") + (sectPrs.at(-1) ?? "") + frame.suffix;
  if (sectPrs.length !== sections || open < "<w:body>".length || expected !== xml) {
    throw new Error("docx wrote a document skeleton of an unexpected shape; the XML back end cannot frame it");
  }
  return frame;
}

/** A section's last paragraph carries its properties, as docx's Body writes it. */
function withSectPr(paragraph: string, sectPr: string): string {
  if (paragraph.startsWith("<w:p><w:pPr>")) {
    const end = paragraph.indexOf("</w:pPr>");
    return `${paragraph.slice(0, end)}${sectPr}${paragraph.slice(end)}`;
  }
  if (paragraph === "<w:p/>") return sectionParagraph(sectPr);
  if (paragraph.startsWith("<w:p>")) return `<w:p><w:pPr>${sectPr}</w:pPr>${paragraph.slice("<w:p>".length)}`;
  throw new Error(`unexpected paragraph XML: ${paragraph.slice(0, 40)}`);
}

/** document.xml of the sections' content in the frame, UTF-8 encoded. */
export function documentXml(frame: DocumentFrame, sections: readonly (readonly FileChild[])[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let pending = frame.prefix;
  const flush = () => {
    parts.push(encoder.encode(pending));
    pending = "";
  };
  sections.forEach((children, s) => {
    const sectPr = frame.sectPrs[s]!;
    const last = s === sections.length - 1;
    children.forEach((child, i) => {
      if (child instanceof XmlChunks) {
        flush();
        parts.push(...child.chunks());
        return;
      }
      const xml = componentXml(child);
      pending += !last && i === children.length - 1 && child instanceof Paragraph ? withSectPr(xml, sectPr) : xml;
      if (pending.length > FLUSH_AT) flush();
    });
    const closed = !last && children.at(-1) instanceof Paragraph;
    if (!closed) pending += last ? sectPr : sectionParagraph(sectPr);
  });
  pending += frame.suffix;
  flush();
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
