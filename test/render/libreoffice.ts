import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { previewFontsConf } from "../../src/write/pdf.js";

/** A word as pdftotext -bbox-layout reports it, in millimetres from the top-left paper corner. */
export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface Page {
  width: number;
  height: number;
  words: Word[];
  /** Lines of text (pdftotext's own line grouping). */
  lines: Word[];
}

const PT_MM = 25.4 / 72;
const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1] ?? NaN);
const unescape = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** Parses the XHTML of `pdftotext -bbox-layout` into pages of words and lines (mm). */
export function parseBbox(xhtml: string): Page[] {
  return xhtml.split(/<page /).slice(1).map((chunk, page) => {
    const head = chunk.slice(0, chunk.indexOf(">"));
    const words: Word[] = [];
    const lines: Word[] = [];
    for (const line of chunk.split(/<line /).slice(1)) {
      const lineTag = line.slice(0, line.indexOf(">"));
      const ws = [...line.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((m) => ({
        page,
        text: unescape(m[2]!),
        xMin: attr(m[1]!, "xMin") * PT_MM,
        yMin: attr(m[1]!, "yMin") * PT_MM,
        xMax: attr(m[1]!, "xMax") * PT_MM,
        yMax: attr(m[1]!, "yMax") * PT_MM,
      }));
      words.push(...ws);
      lines.push({
        page,
        text: ws.map((w) => w.text).join(""),
        xMin: attr(lineTag, "xMin") * PT_MM,
        yMin: attr(lineTag, "yMin") * PT_MM,
        xMax: attr(lineTag, "xMax") * PT_MM,
        yMax: attr(lineTag, "yMax") * PT_MM,
      });
    }
    return { width: attr(head, "width") * PT_MM, height: attr(head, "height") * PT_MM, words, lines };
  });
}

/**
 * PDF export that keeps the blank pages LibreOffice inserts for an even-page section break (its default drops
 * them, which would show the 版记 on an odd page although a printer gets it on the back of the sheet).
 */
const PDF_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

/**
 * Renders .docx bytes to PDF with LibreOffice (fresh profile, the package's preview faces through FONTCONFIG_FILE) and
 * returns the measured pages. Also leaves the PDF path for rasterising.
 */
export function renderPdf(docx: Uint8Array): { pages: Page[]; pdf: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "tongbao-lo-"));
  writeFileSync(join(dir, "notice.docx"), docx);
  // The preview faces the package ships for --pdf: Noto Serif / Sans CJK SC, AR PL UKai for 楷体.
  const env = { ...process.env, FONTCONFIG_FILE: previewFontsConf()!, HOME: dir };
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", PDF_FILTER, "--outdir", dir, join(dir, "notice.docx")],
    { env, timeout: 180_000, stdio: "ignore" },
  );
  const pdf = join(dir, "notice.pdf");
  execFileSync("pdftotext", ["-bbox-layout", pdf, join(dir, "notice.html")], { timeout: 60_000 });
  return { pages: parseBbox(readFileSync(join(dir, "notice.html"), "utf8")), pdf, dir };
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

type Pixel = (r: number, g: number, b: number) => boolean;
const isRed: Pixel = (r, g, b) => r > 200 && g < 90 && b < 90;
const isDark: Pixel = (r, g, b) => r < 100 && g < 100 && b < 100;

/** Pixels that pass `test` per pixel row of `page` (1-based): `y` in mm from the top edge, `share` of the width. */
function inkRows(pdf: string, page: number, test: Pixel): { y: number; share: number }[] {
  const dpi = 144;
  const ppm = execFileSync("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  let at = 0;
  const token = (): string => {
    while (ppm[at] === 0x20 || ppm[at] === 0x0a) at++;
    let s = "";
    while (ppm[at] !== 0x20 && ppm[at] !== 0x0a) s += String.fromCharCode(ppm[at++]!);
    return s;
  };
  token();
  const w = Number(token());
  const h = Number(token());
  token();
  at++;
  const rows: { y: number; share: number }[] = [];
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = 0; x < w; x++) {
      const o = at + (y * w + x) * 3;
      if (test(ppm[o]!, ppm[o + 1]!, ppm[o + 2]!)) n++;
    }
    if (n > 0) rows.push({ y: (y * 25.4) / dpi, share: n / w });
  }
  return rows;
}

/** Red pixels per pixel row of `page` (1-based): `y` in mm from the top edge, `red` as a share of the width. */
export function redRows(pdf: string, page: number): { y: number; red: number }[] {
  return inkRows(pdf, page, isRed).map(({ y, share }) => ({ y, red: share }));
}

/** Where black rules cross more than half the paper's width on `page` (1-based), in mm from the top edge, one per rule. */
export function blackRules(pdf: string, page: number): number[] {
  const rows = inkRows(pdf, page, isDark).filter((r) => r.share > 0.5);
  return rows.filter((r, i) => i === 0 || r.y - rows[i - 1]!.y > 0.5).map((r) => r.y);
}
