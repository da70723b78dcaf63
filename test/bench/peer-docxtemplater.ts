/**
 * Bench child: the notice with a large attachment table through tongbao and through docxtemplater, the same
 * rows, both from rows in memory to .docx bytes (reading a workbook is measured elsewhere).
 *   node peer-docxtemplater.js template FILE       → writes the prepared template: a tongbao-rendered notice
 *                                                   whose data row is a {#rows}…{/rows} loop
 *   node peer-docxtemplater.js tongbao ROWS        → renders the notice with tongbao
 *   node peer-docxtemplater.js docxtemplater ROWS FILE → fills the template with docxtemplater
 * Each run prints one JSON line: { seconds, cpuSeconds, sizeKB, rows } (rows: the table rows found in the output).
 */
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { renderDocx } from "../../src/render/render-docx.js";
import { largeNotice, largeRows } from "./large-notice.js";

const require = createRequire(import.meta.url);
type Zip = { file(name: string): { asText(): string } | null; file(name: string, data: string): void; generate(o: object): Buffer };
const PizZip = require("pizzip") as new (data?: Uint8Array) => Zip;
const Docxtemplater = require("docxtemplater") as new (zip: Zip, options: object) => { render(data: object): void; getZip(): Zip };

const KEYS = ["no", "region", "unit", "account", "platform", "kind", "problem", "status"];
const SAMPLE = largeRows(1)[0]!;

/** The template: the one-row notice with its row's cells as tags and the row as a loop, the total as a tag. */
async function template(file: string): Promise<void> {
  const zip = new PizZip(await renderDocx(largeNotice(1)));
  const xml = zip.file("word/document.xml")!.asText();
  const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
  const row = rows.find((r) => r.includes(`>${SAMPLE[3]}<`));
  if (!row) throw new Error("no data row in the rendered notice");
  let cell = 0;
  const tagged = row.replace(/(<w:t xml:space="preserve">)([^<]*)(<\/w:t>)/g, (_m, open: string, _text: string, close: string) => {
    const key = KEYS[cell]!;
    const tag = `${cell === 0 ? "{#rows}" : ""}{${key}}${cell === KEYS.length - 1 ? "{/rows}" : ""}`;
    cell += 1;
    return `${open}${tag}${close}`;
  });
  if (cell !== KEYS.length) throw new Error(`the data row has ${cell} texts, expected ${KEYS.length}`);
  zip.file("word/document.xml", xml.replace(row, tagged).replace(">1个<", ">{count}个<"));
  await writeFile(file, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function timed(run: () => Promise<Uint8Array>): Promise<void> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const bytes = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const xml = new PizZip(bytes).file("word/document.xml")!.asText();
  console.log(JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, sizeKB: Math.round(bytes.length / 1024), rows: xml.split("<w:tr>").length - 1 }));
}

const [mode, a, b] = process.argv.slice(2);
if (mode === "template") {
  await template(a!);
} else if (mode === "tongbao") {
  await timed(() => renderDocx(largeNotice(Number(a))));
} else if (mode === "docxtemplater") {
  const prepared = await readFile(b!);
  await timed(async () => {
    const rows = largeRows(Number(a)).map((r) => Object.fromEntries(KEYS.map((k, i) => [k, String(r[i])])));
    const doc = new Docxtemplater(new PizZip(prepared), { paragraphLoop: true });
    doc.render({ rows, count: rows.length });
    return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
  });
} else {
  throw new Error("usage: peer-docxtemplater.js template FILE | tongbao ROWS | docxtemplater ROWS FILE");
}
