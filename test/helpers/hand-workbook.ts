/**
 * A workbook written part by part, for reader tests that need XML no spreadsheet program writes the same way:
 * the package parts exceljs needs to load it, the sheets in the order given (sheet i is xl/worksheets/sheet<i>.xml),
 * styles and shared strings only when given. A sheet without XML is listed in the workbook but its part left out.
 */
import { strToU8, zipSync } from "fflate";

export interface HandWorkbook {
  /** Names as written in the XML attribute (escape & as &amp;). */
  sheets: { name: string; xml?: string }[];
  styles?: string;
  strings?: string;
  date1904?: "1" | "true";
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS_NS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;

export function handWorkbook({ sheets, styles, strings, date1904 }: HandWorkbook): Buffer {
  const sheetPart = (i: number) => `worksheets/sheet${i + 1}.xml`;
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>`,
    ...sheets.map((_, i) => `<Override PartName="/xl/${sheetPart(i)}" ContentType="${TYPE}.worksheet+xml"/>`),
    ...(styles === undefined ? [] : [`<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>`]),
    ...(strings === undefined ? [] : [`<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>`]),
  ];
  const rels = [
    ...sheets.map((_, i) => rel(`rId${i + 1}`, "worksheet", sheetPart(i))),
    ...(styles === undefined ? [] : [rel("rIdStyles", "styles", "styles.xml")]),
    ...(strings === undefined ? [] : [rel("rIdStrings", "sharedStrings", "sharedStrings.xml")]),
  ];
  const files: Record<string, string | undefined> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships ${RELS_NS}>${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><workbookPr defaultThemeVersion="124226"${date1904 ? ` date1904="${date1904}"` : ""}/><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships ${RELS_NS}>${rels.join("")}</Relationships>`,
    "xl/styles.xml": styles,
    "xl/sharedStrings.xml": strings,
    ...Object.fromEntries(sheets.map((s, i) => [`xl/${sheetPart(i)}`, s.xml])),
  };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined).map(([k, v]) => [k, strToU8(v!)]))));
}
