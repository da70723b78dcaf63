/**
 * The fillable input template that `init` writes: a 填写说明 sheet, then every sheet of the contract
 * in order with its headers (required ones marked *), a note on each header, drop-down lists on the
 * choice columns (rows 2–2000 only: whole-column validations hang exceljs readers), frozen header rows
 * and two example rows to overwrite. The bytes are the same on every run.
 */
import type ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { writeZip } from "./render/zip-writer.js";
import { KEY_VALUE_HEADERS, SHEETS, type ColumnSpec, type SheetSpec } from "./columns.js";

/** Last row that carries a drop-down list. */
export const TEMPLATE_ROWS = 2000;
const FIXED_TIME = new Date(Date.UTC(2024, 0, 1));
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const EXAMPLE_ROWS = 2;

interface ValidationSheet {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const choices = (col: ColumnSpec): readonly string[] | undefined =>
  col.kind === "enum" ? (col.choices ?? col.values) : col.kind === "bool" ? ["是", "否"] : undefined;

const headerLabel = (col: ColumnSpec) => (col.required ? `${col.header}*` : col.header);

function noteText(col: ColumnSpec): string {
  const aka = col.aliases.length ? `\n也可写作：${col.aliases.join("、")}` : "";
  return `${col.note || col.header}${aka}`;
}

function dropDown(ws: ExcelJS.Worksheet, range: string, values: readonly string[]): void {
  (ws as unknown as ValidationSheet).dataValidations.add(range, {
    type: "list",
    allowBlank: true,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "不在可选范围内",
    error: `可选：${values.join("、")}`,
  });
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
}

function tableSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = spec.columns.map((col) => ({ header: headerLabel(col), width: Math.max(10, col.header.length * 2.4 + 4) }));
  const examples = Math.min(EXAMPLE_ROWS, Math.max(...spec.columns.filter((c) => c.key !== null).map((c) => c.examples?.length ?? 0)));
  spec.columns.forEach((col, i) => {
    ws.getCell(1, i + 1).note = noteText(col);
    for (let r = 0; r < examples; r++) {
      const example = col.examples?.[r];
      if (example !== undefined && example !== "") ws.getCell(r + 2, i + 1).value = example;
    }
    const values = choices(col);
    const letter = ws.getColumn(i + 1).letter;
    if (values) dropDown(ws, `${letter}2:${letter}${TEMPLATE_ROWS}`, values);
  });
  styleHeader(ws.getRow(1));
}

function keyValueSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: KEY_VALUE_HEADERS.item, width: 18 },
    { header: KEY_VALUE_HEADERS.value, width: 56 },
    { header: "说明", width: 60 },
  ];
  ws.getCell("A1").note = "项目名称不要改动；标 * 的必须填写";
  ws.getCell("B1").note = "在这一列填写内容";
  spec.columns.forEach((col, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = headerLabel(col);
    if (col.examples?.[0] !== undefined) row.getCell(2).value = col.examples[0];
    row.getCell(3).value = noteText(col).replace(/\n/g, "；");
    const values = choices(col);
    if (values) dropDown(ws, `B${i + 2}`, values);
  });
  styleHeader(ws.getRow(1));
  ws.getColumn(1).font = { bold: true };
}

/** The three shapes of pasted exports the reader accepts besides the template's own. */
const SHAPE_LINES = [
  "8. 问题清单：监测平台导出的“一个问题一行”的清单可贴入“问题清单”工作表（也可叫问题明细；网站和政务新媒体分别导出的，可贴成“网站问题清单”“政务新媒体问题清单”两张表），按网站标识码、或名称加责任单位、或名称加平台对应到政府网站、政务新媒体中的对象，同一对象的问题合并；清单中才有的对象作为已检查对象新增。政府网站、政务新媒体工作表可以只列运行中的对象，也可以不要（此时通报不写运行总数，除非在通报信息中填写政府网站总数、政务新媒体总数）。",
  "9. 指标矩阵：政府网站、政务新媒体工作表中，表头为检查指标的列（如 站点无法访问、栏目不更新、内容更新不及时）按指标读取：打 √、✓、●、是、有、1、Y 即有该问题；扣分指标列中的数字为所扣分数。不认识的列照常忽略。",
  "10. 表头上方可有标题行；表头可为两行（上一行为合并的分组标题，如 基本信息、单项否决指标、扣分指标），分组标题用来判定单项否决或扣分。",
  "11. 名称中的全角半角括号、不可见字符（零宽空格等）不影响对应，通报中统一写作全角括号，并提醒统一了哪些单元格。",
];

function instructionsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("填写说明");
  ws.getColumn(1).width = 110;
  const lines = [
    "政府网站与政务新媒体检查情况通报：数据填写说明",
    "",
    "1. 工作表名称和表头文字不要改动；列的顺序可以调整，多出的列会被忽略。表头中带 * 的列必须填写。",
    "2. 每个对象填一行，空行会被跳过；一行中填了内容但必填项为空，会报错并指出单元格。",
    "3. 日期可写 2023-07-05、2023/7/5、2023.7.5 或 2023年7月5日；数量可写 1,234 或 1.2万；是否类填 是/否。",
    "4. 突出问题、扣分问题可填多项，用顿号、逗号、分号或换行分隔。",
    "5. 检查期间可写 2023年第二季度、2023年7月、2021年上半年、2023年度；正文照所写的印出（写 2020年第3季度 就印 第3季度，写 7月份 就印 7月份）。",
    "6. 发文字号年份用六角括号〔〕，序号前不加“第”，不编虚位，如 某政公开办发〔2023〕19号。",
    "7. 抽查时在“通报信息”填 检查类型=抽查；表中只列抽查对象时，再填 政府网站总数 / 政务新媒体总数（运行总数），通报写明抽查比例；不填总数则只写抽查数（共抽查85个）。",
    "8. 合格率小数位数填 0、1 或 2（默认1），末尾的0不印：88%、95.2%、97.33%。名称写法填“单位加名称”时正文写作 某市卫生健康委员会“健康某市”微信服务号。",
    "9. 问题名单范围默认“存在问题”（有突出问题或扣分问题的都列入附件名单），填“不合格”则只列不合格的。分项统计填 单位类别、所属地区、平台类型 中要在正文说明的几项，填“无”则不分组。",
    "10. 整改截止日期、调查报送日期可带时刻，如 2020-09-28 18:00；逾期处理写逾期未报送的后果，印在报送要求之后。",
    "11. “正文”工作表的 标题 列可替换该章节的标题（如 经验做法）；“信息发布统计”中其他全为数字的列（如 动态类信息条数）按表头合计，印入统计表和正文。",
    "12. 示例行请直接覆盖或删除。填好后可先运行 tongbao validate 检查，再运行 tongbao generate 生成通报。",
    ...SHAPE_LINES,
    "",
    ...SHEETS.map((s) => `【${s.name}】${s.note}。必填：${s.columns.filter((c) => c.required).map((c) => c.header).join("、")}`),
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  ws.getCell("A1").font = { bold: true, size: 14 };
}

/** Re-zip through the one zip writer (one fixed time) so the same template gives the same bytes. */
function stableZip(buf: Uint8Array): Buffer {
  const entries = unzipSync(buf);
  return Buffer.from(writeZip(Object.keys(entries).map((name) => [name, entries[name]!] as const)));
}

/** The blank input workbook with example rows, as xlsx bytes. */
export async function templateWorkbook(): Promise<Buffer> {
  const { Workbook } = (await import("exceljs")).default;
  const wb = new Workbook();
  wb.creator = "tongbao";
  wb.lastModifiedBy = "tongbao";
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  instructionsSheet(wb);
  for (const spec of SHEETS) (spec.layout === "keyValue" ? keyValueSheet : tableSheet)(wb, spec);
  return stableZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}
