import { Packer, type File } from "docx";
import { unzipSync } from "fflate";
import { packPart, writeZip, type PackedPart } from "./zip-writer.js";

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
type Formatted = Record<string, unknown>;
interface DocxFormatter {
  format(input: unknown, context?: { viewWrapper?: unknown }): Formatted;
}
interface DocxCompiler {
  compile(file: File): Map<string, PartData>;
  formatter?: DocxFormatter;
}

/** What a skipped part compiles to: it comes from the skeleton instead. */
const SKIPPED: Formatted = { "tongbao-skeleton": {} };
const SKIPPED_XML = "<tongbao-skeleton/>";

/** The parts that are the same in every document of a kind: styles, settings, numbering, footers, headers… */
function sharedViews(file: File): { views: Set<unknown>; wrappers: Set<unknown> } {
  const f = file as unknown as Record<string, { View?: unknown } | undefined> & { Headers: unknown[]; Footers: unknown[] };
  const names = ["Styles", "Numbering", "Settings", "ContentTypes", "AppProperties", "CustomProperties", "FontTable", "Comments"];
  const views = new Set<unknown>(names.map((n) => f[n]).filter((v) => v !== undefined));
  for (const n of ["FootNotes", "Endnotes"]) if (f[n]?.View) views.add(f[n].View);
  return { views, wrappers: new Set([...f.Headers, ...f.Footers]) };
}

const asParts = (compiled: Map<string, PartData>) => {
  const parts = new Map<string, string | Uint8Array>();
  for (const [path, data] of compiled) {
    parts.set(path, typeof data === "string" ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data));
  }
  return parts;
};

/**
 * The package's parts by path. docx's own compiler gives them unzipped, which saves zipping them once
 * only to unzip them again; when a docx version lacks it, the parts come from its zip. With `skip`, the
 * shared parts are not formatted and come out as SKIPPED_XML.
 */
async function packageParts(file: File, skip: boolean): Promise<Map<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (typeof compiler?.compile !== "function") return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(file)))));
  const formatter = compiler.formatter;
  if (!skip || typeof formatter?.format !== "function") return asParts(compiler.compile(file));
  const { views, wrappers } = sharedViews(file);
  const real = formatter.format;
  formatter.format = function (input, context) {
    return views.has(input) || wrappers.has(context?.viewWrapper) ? SKIPPED : real.call(this, input, context);
  };
  try {
    return asParts(compiler.compile(file));
  } finally {
    delete (formatter as Partial<DocxFormatter>).format;
    if (formatter.format !== real) formatter.format = real;
  }
}

/** Per thread: the shared parts of each kind of document, deflated, by the caller's key. */
const skeletons = new Map<string, Map<string, PackedPart>>();
const MAX_SKELETONS = 32;
/** Parts that always differ between documents: never shared. */
const OWN = new Set(["word/document.xml", "docProps/core.xml"]);

/**
 * Packs a docx File into deterministic bytes: build and pack with a seeded Math.random, fixed core.xml dates,
 * entries zipped in sorted order with a fixed time; splices hand-built XML into document.xml and applies
 * `patches` to the parts they name. Documents packed with the same `skeleton` key must have the same parts
 * besides document.xml, core.xml and the relationships (same sections, footers, styles and patches): the
 * first one is compiled whole and its shared parts kept deflated; later ones format only what is their own.
 */
export async function packDeterministic(build: () => File, splices: Splice[] = [], patches: PartPatches = {}, skeleton?: string): Promise<Uint8Array> {
  const shared = skeleton === undefined ? undefined : skeletons.get(skeleton);
  const original = Math.random;
  Math.random = seededRandom(9704);
  let entries: Map<string, string | Uint8Array | PackedPart>;
  try {
    const file = build();
    entries = await packageParts(file, shared !== undefined);
    if (shared && !reuse(entries, shared)) entries = await packageParts(file, false);
  } finally {
    Math.random = original;
  }
  const core = entries.get("docProps/core.xml");
  if (core !== undefined && !isPacked(core)) {
    entries.set("docProps/core.xml", text(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${FIXED_TIME}`));
  }
  for (const [name, patch] of Object.entries(patches)) {
    const entry = entries.get(name);
    if (entry !== undefined && !isPacked(entry)) entries.set(name, patch(text(entry)));
  }
  const doc = entries.get("word/document.xml");
  if (doc !== undefined && !isPacked(doc) && splices.length > 0) entries.set("word/document.xml", spliceDocument(text(doc), splices));
  const parts = [...entries.keys()].sort().map((name) => {
    const data = entries.get(name)!;
    return [name, typeof data === "string" ? encoder.encode(data) : data] as const;
  });
  if (skeleton === undefined || shared) return writeZip(parts);
  const kept = new Map<string, PackedPart>();
  const packed = parts.map(([name, data]) => {
    if (OWN.has(name) || isPacked(data)) return [name, data] as const;
    const part = packPart(data);
    kept.set(name, part);
    return [name, part] as const;
  });
  if (skeletons.size >= MAX_SKELETONS) skeletons.delete(skeletons.keys().next().value!);
  skeletons.set(skeleton, kept);
  return writeZip(packed);
}

const isPacked = (data: string | Uint8Array | PackedPart): data is PackedPart => typeof data !== "string" && !(data instanceof Uint8Array);

/**
 * Puts the skeleton's deflated parts in place of the skipped ones. False when the parts do not match
 * (another set of parts than the skeleton's): the caller then compiles everything.
 */
function reuse(entries: Map<string, string | Uint8Array | PackedPart>, shared: Map<string, PackedPart>): boolean {
  for (const [path, data] of entries) {
    if (typeof data !== "string" || !data.includes(SKIPPED_XML)) continue;
    const part = shared.get(path);
    if (!part) return false;
    entries.set(path, part);
  }
  return true;
}
