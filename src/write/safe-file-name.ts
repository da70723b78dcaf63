import { isAbsolute, relative, resolve, sep } from "node:path";
import { ErrorCode, TongbaoError } from "../errors.js";

/** What a unit name becomes when nothing usable is left of it. */
export const BLANK_NAME = "未命名单位";
/** Caps on the stem (the name before the extension): characters and UTF-8 bytes. */
export const MAX_CHARS = 80;
export const MAX_BYTES = 200;

const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** Cuts `s` to at most `chars` code points and `bytes` UTF-8 bytes, never inside a code point. */
function cap(s: string, chars: number, bytes: number): string {
  let out = "";
  let size = 0;
  let count = 0;
  for (const ch of s) {
    const b = Buffer.byteLength(ch, "utf8");
    if (count + 1 > chars || size + b > bytes) break;
    out += ch;
    size += b;
    count += 1;
  }
  return out;
}

const trimEnds = (s: string): string => s.replace(/^[\s.]+|[\s.]+$/gu, "");

/** The stem of a name, cleaned: forbidden characters become `_`, `..` cannot survive, ends trimmed. */
function cleanStem(name: string): string {
  let s = name.normalize("NFC").replace(/\s+/gu, " ").replace(FORBIDDEN, "_").replace(/\.{2,}/g, ".");
  s = trimEnds(s);
  if (/^_*$/.test(s)) return BLANK_NAME;
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

/**
 * A file name for `name` (e.g. a unit name) that is safe on Linux, macOS and Windows: no path
 * separators, no `..`, no control or `<>:"|?*` characters, no reserved device name, no trailing dot or
 * space, at most 80 characters and 200 UTF-8 bytes before the extension. Names already in `taken`
 * (compared case-insensitively) get numbered `名称（2）`; the result is added to `taken`.
 * `ext` is given with or without its dot (`docx`, `.docx`).
 */
export function safeFileName(name: string, taken: Set<string>, ext: string): string {
  const dotExt = ext === "" ? "" : ext.startsWith(".") ? ext : `.${ext}`;
  const stem = trimEnds(cap(cleanStem(name), MAX_CHARS, MAX_BYTES)) || BLANK_NAME;
  const seen = new Set([...taken].map((t) => t.toLowerCase()));
  let candidate = `${stem}${dotExt}`;
  for (let n = 2; seen.has(candidate.toLowerCase()); n += 1) {
    const suffix = `（${n}）`;
    const room = cap(stem, MAX_CHARS - [...suffix].length, MAX_BYTES - Buffer.byteLength(suffix));
    candidate = `${trimEnds(room)}${suffix}${dotExt}`;
  }
  taken.add(candidate);
  return candidate;
}

/**
 * The absolute path of `fileName` inside `dir`; throws TongbaoError(OUTPUT) when the result would
 * leave `dir` (an absolute name, `..`, a separator) — the last guard before anything is written.
 */
export function resolveInside(dir: string, fileName: string): string {
  const root = resolve(dir);
  const full = resolve(root, fileName);
  const rel = relative(root, full);
  const inside = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) && !rel.includes(sep) && !/[\\/]/.test(fileName);
  if (!inside) {
    const message = `文件名“${fileName}”会写到输出文件夹“${root}”之外，已拒绝写入。`;
    throw new TongbaoError(ErrorCode.OUTPUT, message, [
      { code: ErrorCode.OUTPUT, severity: "error", message, location: { file: full }, value: fileName },
    ]);
  }
  return full;
}
