/**
 * A workbook whose worksheets end in thousands of formatted but empty rows (a whole sheet of
 * borders, say) is read from a compacted copy: the trailing rows without a value — and outside
 * every merged range — are cut from those sheets, so the reader does not build a million rows.
 */
import { inflateRawSync } from "node:zlib";
import { writeZip, type PackedPart } from "../render/zip-writer.js";
import type { ZipCheck } from "./guard-zip.js";

const HAS_VALUE = /<(?:v|is|f)[\s>]/;

/** The highest row any merged range reaches. */
function lastMergedRow(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"/g)) max = Math.max(max, Number(m[2] ?? m[1]));
  return max;
}

/** The worksheet XML without its trailing empty rows. */
export function cutTrailingEmptyRows(xml: string): string {
  const start = xml.indexOf("<sheetData");
  const end = xml.indexOf("</sheetData>");
  if (start < 0 || end < 0) return xml;
  const merged = lastMergedRow(xml);
  let keepUntil = xml.indexOf(">", start) + 1;
  let p = keepUntil;
  for (;;) {
    const open = xml.indexOf("<row", p);
    if (open < 0 || open > end) break;
    const tagEnd = xml.indexOf(">", open);
    const selfClosing = xml[tagEnd - 1] === "/";
    const close = selfClosing ? tagEnd + 1 : xml.indexOf("</row>", tagEnd) + 6;
    // A row never closed: the XML is broken from here, so it is kept for the reader to judge, not cut.
    if (close < 6) {
      keepUntil = end;
      break;
    }
    const r = Number(/\br="(\d+)"/.exec(xml.slice(open, tagEnd))?.[1] ?? 0);
    if ((!selfClosing && HAS_VALUE.test(xml.slice(tagEnd, close))) || r <= merged) keepUntil = close;
    p = close;
  }
  return xml.slice(0, keepUntil) + xml.slice(end);
}

/**
 * The workbook bytes with the bloated worksheets compacted, through the one zip writer: the other
 * deflated entries keep their compressed bytes as they are (no recompression).
 */
export function compactSheets(buf: Uint8Array, check: ZipCheck): Uint8Array {
  const parts = check.entries.map((e): [string, Uint8Array | PackedPart] => {
    const stored = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (check.bloatedSheets.includes(e.name)) {
      const xml = new TextDecoder().decode(e.method === 0 ? stored : inflateRawSync(stored));
      return [e.name, new TextEncoder().encode(cutTrailingEmptyRows(xml))];
    }
    return [e.name, e.method === 8 ? { packed: stored, crc: e.crc, size: e.size } : stored];
  });
  return writeZip(parts);
}
