import { Packer, type File, type FileChild } from "docx";
import { unzipSync } from "fflate";
import { escapeDocx } from "./component-xml.js";
import { documentFrame, documentXml, type DocumentFrame } from "./document-xml.js";
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

/** Rewrites of package parts by name (e.g. word/styles.xml), applied to their text after packing. */
export type PartPatches = Record<string, (xml: string) => string>;

type PartData = string | Uint8Array | ArrayBuffer | ArrayBufferView;
interface DocxCompiler {
  compile(file: File): Map<string, PartData>;
}

const bytesOf = (data: PartData): Uint8Array =>
  typeof data === "string" ? encoder.encode(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/**
 * The package's parts by path, built with a seeded Math.random, core.xml dates fixed and `patches` applied.
 * docx's own compiler gives them unzipped, which saves zipping them once only to unzip them again; when a
 * docx version lacks it, the parts come from its zip.
 */
async function compiledParts(build: () => File, patches: PartPatches): Promise<Map<string, Uint8Array>> {
  const original = Math.random;
  Math.random = seededRandom(9704);
  const parts = new Map<string, Uint8Array>();
  try {
    const file = build();
    const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
    const compiled = typeof compiler?.compile === "function" ? compiler.compile(file) : Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(file))));
    for (const [path, data] of compiled) parts.set(path, bytesOf(data));
  } finally {
    Math.random = original;
  }
  const fixes: PartPatches = { ...patches, "docProps/core.xml": (xml) => xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${FIXED_TIME}`) };
  for (const [name, fix] of Object.entries(fixes)) {
    const part = parts.get(name);
    if (part !== undefined) parts.set(name, encoder.encode(fix(decoder.decode(part))));
  }
  return parts;
}

const sorted = <T>(parts: Map<string, T>): [string, T][] => [...parts.keys()].sort().map((name) => [name, parts.get(name)!]);

/**
 * The docx back end: the whole package compiled by docx, deterministic (seeded ids, fixed dates, entries
 * zipped in sorted order with a fixed time). The reference the XML back end is compared with.
 */
export async function packDocx(build: () => File, patches: PartPatches = {}): Promise<Uint8Array> {
  return writeZip(sorted(await compiledParts(build, patches)));
}

/** What documents of one kind share: every part deflated but document.xml, core.xml for its title, the frame. */
interface Skeleton {
  frame: DocumentFrame;
  parts: Map<string, PackedPart>;
  /** core.xml with the title to replace. */
  core: string;
}

/** The title the skeleton is built with, replaced in core.xml by each document's own. */
const SKELETON_TITLE = "tongbao-skeleton-title";
const TITLE = `<dc:title>${SKELETON_TITLE}</dc:title>`;
/** Per thread: the skeleton of each kind of document, by the caller's key. */
const skeletons = new Map<string, Skeleton>();
const MAX_SKELETONS = 32;

async function skeletonFor(key: string, build: (title: string) => File, sections: number, patches: PartPatches): Promise<Skeleton> {
  const known = skeletons.get(key);
  if (known) return known;
  const compiled = await compiledParts(() => build(SKELETON_TITLE), patches);
  const core = decoder.decode(compiled.get("docProps/core.xml"));
  if (!core.includes(TITLE)) throw new Error("docx wrote core.xml without the skeleton's title");
  const frame = documentFrame(decoder.decode(compiled.get("word/document.xml")), sections);
  const parts = new Map<string, PackedPart>();
  for (const [name, data] of compiled) if (name !== "word/document.xml" && name !== "docProps/core.xml") parts.set(name, packPart(data));
  const skeleton = { frame, parts, core };
  if (skeletons.size >= MAX_SKELETONS) skeletons.delete(skeletons.keys().next().value!);
  skeletons.set(key, skeleton);
  return skeleton;
}

/**
 * The XML back end: documents with the same `key` have the same sections, styles, footers and patches. Their
 * package is compiled by docx once per thread without content (`build(title)` with empty sections), its parts
 * kept deflated; each document then writes only its document.xml (documentXml) and its title into core.xml.
 * Same bytes as packDocx of the same document (test/render/xml-backend.test.ts).
 */
export async function packXml(
  key: string,
  build: (title: string) => File,
  title: string,
  sections: readonly (readonly FileChild[])[],
  patches: PartPatches = {},
): Promise<Uint8Array> {
  const skeleton = await skeletonFor(key, build, sections.length, patches);
  const parts = new Map<string, Uint8Array | PackedPart>(skeleton.parts);
  parts.set("word/document.xml", documentXml(skeleton.frame, sections));
  parts.set("docProps/core.xml", encoder.encode(skeleton.core.replace(TITLE, () => (title ? `<dc:title>${escapeDocx(title)}</dc:title>` : ""))));
  return writeZip(sorted(parts));
}
