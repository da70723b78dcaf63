/**
 * JSON input: the same content with the English keys of src/schema.ts. Values stay raw so the same
 * normalisers apply ("2023年第二季度" works here too); locations are paths such as accounts[3].platform.
 */
import { basename } from "node:path";
import { SHEETS, type SheetSpec } from "../columns.js";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import type { CellValue } from "../normalise.js";
import type { RawCell, RawInput, RawRecord, RawSheet } from "./raw-input.js";

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Characters the token search may parse in all, so a large file's error stays quick (about a second). */
const TOKEN_SEARCH_BUDGET = 64 * 2 ** 20;

/**
 * Where an unexpected token stands (Node 20 names the token but not its position): the first occurrence
 * where the text up to it already fails on it (one inside a string fails as unterminated instead).
 * Gives up when the prefixes parsed would exceed the budget (the end is then named).
 */
function tokenOffset(text: string, token: string): number | undefined {
  let budget = TOKEN_SEARCH_BUDGET;
  // Stryker disable next-line EqualityOperator: a bound on the work, not on the answer
  for (let i = text.indexOf(token); i >= 0 && (budget -= i + 1) >= 0; i = text.indexOf(token, i + 1)) {
    try {
      JSON.parse(text.slice(0, i + 1));
    } catch (e) {
      if (e instanceof Error && e.message.startsWith("Unexpected token")) return i;
    }
  }
  return undefined;
}

/** JSON.parse, or a Chinese sentence naming the line and column of the syntax error. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : "";
    const pos = /position (\d+)/.exec(msg);
    const token = /^Unexpected token '(.)'/.exec(msg)?.[1];
    const end = text.trimEnd().length;
    const offset = Math.min(pos ? Number(pos[1]) : token ? (tokenOffset(text, token) ?? end) : end, end);
    const ended = /end of (JSON )?(input|data)/i.test(msg) || offset >= end;
    const { line, column } = lineColumn(text, offset);
    const near = text.slice(offset, offset + 12).split("\n")[0];
    const what = ended ? "内容不完整（括号或引号没有闭合）" : `“${near}”处有语法错误（常见原因：多了或少了逗号、引号、括号）`;
    throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `文件“${basename(file)}”不是有效的 JSON：第${line}行第${column}列${what}。`, [
      { code: "json-syntax", severity: "error", message: `${what}。`, location: { file, line, path: `${line}:${column}` } },
    ]);
  }
}

function recordOf(obj: Record<string, unknown>, spec: SheetSpec, path: string, issues: Issue[]): RawRecord {
  const cells: Record<string, RawCell> = {};
  for (const [k, v] of Object.entries(obj)) {
    const at = { path: `${path}.${k}` };
    const col = spec.columns.find((c) => c.key === k);
    if (k === spec.extras && isPlainObject(v)) {
      for (const [header, x] of Object.entries(v)) if (x !== null && x !== undefined) cells[`${k}.${header}`] = { value: x as CellValue, at: { path: `${at.path}.${header}` } };
      continue;
    }
    if (!col) {
      issues.push({ code: "unknown-key", severity: "warning", message: `未识别的字段“${k}”，已忽略。`, location: at });
      continue;
    }
    if (v !== null && v !== undefined) cells[k] = { value: v as CellValue, at };
  }
  return { at: { path }, cells };
}

/** A parsed JSON document → RawInput; wrong shapes become located errors. */
export function jsonToRaw(doc: unknown, file: string): RawInput {
  if (!isPlainObject(doc)) {
    throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `文件“${basename(file)}”的 JSON 顶层应为对象（{ "notice": …, "websites": [...] }），实际为${Array.isArray(doc) ? "数组" : typeof doc}。`);
  }
  const issues: Issue[] = [];
  const raw: RawInput = { file, format: "json", date1904: false, sheets: {}, issues };
  for (const [key, value] of Object.entries(doc)) {
    const spec = SHEETS.find((s) => s.key === key);
    if (!spec) {
      if (key !== "$schema") issues.push({ code: "unknown-key", severity: "warning", message: `未识别的字段“${key}”，已忽略；可用字段：${SHEETS.map((s) => s.key).join("、")}。`, location: { path: key } });
      continue;
    }
    const sheet: RawSheet = { key: spec.key, name: key, at: { path: key }, records: [] };
    raw.sheets[spec.key] = sheet;
    if (spec.layout === "keyValue") {
      if (isPlainObject(value)) sheet.records.push(recordOf(value, spec, key, issues));
      else issues.push({ code: "invalid-type", severity: "error", message: `应为对象（${spec.name}），实际为${JSON.stringify(value)?.slice(0, 40)}。`, location: { path: key } });
      continue;
    }
    if (!Array.isArray(value)) {
      issues.push({ code: "invalid-type", severity: "error", message: `应为数组（${spec.name}，每项一个对象），实际为${JSON.stringify(value)?.slice(0, 40)}。`, location: { path: key } });
      continue;
    }
    value.forEach((item, i) => {
      const path = `${key}[${i}]`;
      if (isPlainObject(item)) sheet.records.push(recordOf(item, spec, path, issues));
      else issues.push({ code: "invalid-type", severity: "error", message: `应为对象（${spec.name}的一行），实际为${JSON.stringify(item)?.slice(0, 40)}。`, location: { path } });
    });
  }
  return raw;
}

export function readJsonText(text: string, file: string): RawInput {
  return jsonToRaw(parseJson(text.replace(/^\uFEFF/, ""), file), file);
}
