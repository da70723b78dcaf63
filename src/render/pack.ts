import { Packer, type File } from "docx";
import { unzipSync } from "fflate";
import { writeZip } from "./zip-writer.js";

/** Fixed timestamp written to core.xml and to every zip entry. */
const FIXED_TIME = "2000-01-01T00:00:00Z";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** mulberry32: the ids docx draws from Math.random become a function of the build alone. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A part spliced into word/document.xml in place of the paragraph that holds `marker`. */
export interface Splice {
  marker: string;
  /** UTF-8 chunks of the replacement XML (a `<w:tbl>`), produced lazily. */
  chunks: () => Uint8Array[];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Replaces each marker paragraph of document.xml by its splice. */
function spliceDocument(xml: string, splices: Splice[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  const located = splices
    .map((s) => ({ s, at: xml.indexOf(s.marker) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (const { s, at } of located) {
    const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
    const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
    // A section's last paragraph carries its sectPr: keep it in an empty paragraph after the table.
    const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(xml.slice(start, end))?.[0];
    const tail = sectPr ? encoder.encode(`<w:p><w:pPr>${sectPr}</w:pPr></w:p>`) : new Uint8Array();
    parts.push(encoder.encode(xml.slice(from, start)), ...s.chunks(), tail);
    from = end;
  }
  parts.push(encoder.encode(xml.slice(from)));
  return concat(parts);
}

/** Rewrites of package parts by name (e.g. word/styles.xml), applied to their text after packing. */
export type PartPatches = Record<string, (xml: string) => string>;

const text = (data: string | Uint8Array) => (typeof data === "string" ? data : decoder.decode(data));

type PartData = string | Uint8Array | ArrayBuffer | ArrayBufferView;
interface DocxCompiler {
  compile(file: File): Map<string, PartData>;
}

/**
 * The package's parts by path. docx's own compiler gives them unzipped, which saves zipping them once
 * only to unzip them again; when a docx version lacks it, the parts come from its zip.
 */
async function packageParts(file: File): Promise<Map<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (typeof compiler?.compile !== "function") return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(file)))));
  const parts = new Map<string, string | Uint8Array>();
  for (const [path, data] of compiler.compile(file)) {
    parts.set(path, typeof data === "string" ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data));
  }
  return parts;
}

/**
 * Packs a docx File into deterministic bytes: build and pack with a seeded Math.random, fixed core.xml dates,
 * entries zipped in sorted order with a fixed time; splices hand-built XML into document.xml and applies
 * `patches` to the parts they name.
 */
export async function packDeterministic(build: () => File, splices: Splice[] = [], patches: PartPatches = {}): Promise<Uint8Array> {
  const original = Math.random;
  Math.random = seededRandom(9704);
  let entries: Map<string, string | Uint8Array>;
  try {
    entries = await packageParts(build());
  } finally {
    Math.random = original;
  }
  const core = entries.get("docProps/core.xml");
  if (core !== undefined) {
    entries.set("docProps/core.xml", text(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${FIXED_TIME}`));
  }
  for (const [name, patch] of Object.entries(patches)) {
    const entry = entries.get(name);
    if (entry !== undefined) entries.set(name, patch(text(entry)));
  }
  const doc = entries.get("word/document.xml");
  if (doc !== undefined && splices.length > 0) entries.set("word/document.xml", spliceDocument(text(doc), splices));
  return writeZip([...entries.keys()].sort().map((name) => {
    const data = entries.get(name)!;
    return [name, typeof data === "string" ? encoder.encode(data) : data] as const;
  }));
}
