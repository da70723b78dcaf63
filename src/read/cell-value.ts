/**
 * One exceljs cell value unwrapped to a plain value: rich text joined, hyperlinks to their text,
 * formulas to their cached result. Formulas without a result and error values are reported.
 */
import type { CellValue } from "../normalise.js";

export type Unwrapped = { value: CellValue; error?: undefined } | { value: undefined; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !(v instanceof Date);

function richText(v: unknown): string | undefined {
  if (isObject(v) && Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => (typeof r?.text === "string" ? r.text : "")).join("");
  return undefined;
}

export function unwrapCellValue(v: unknown): Unwrapped {
  if (v === null || v === undefined) return { value: undefined };
  if (!isObject(v)) return { value: v as CellValue };
  const rich = richText(v);
  if (rich !== undefined) return { value: rich };
  if ("error" in v && typeof v.error === "string") {
    return { value: undefined, error: `单元格是错误值“${v.error}”，应为有效的值；请修正引用或公式，或直接填写数值。` };
  }
  if ("formula" in v || "sharedFormula" in v) {
    const formula = String(v.formula ?? v.sharedFormula ?? "");
    if (v.result === undefined || v.result === null) {
      return { value: undefined, error: `公式“=${formula}”没有保存计算结果，应为有计算结果的公式或直接填写的值；请在 Excel 中打开、重新计算并保存后再试。` };
    }
    if (typeof v.result === "number" && Number.isNaN(v.result)) {
      // The streaming reader gives an error result (#REF!…) as NaN.
      return { value: undefined, error: `公式“=${formula}”的结果是错误值，应为有效的值；请修正引用或公式，或直接填写数值。` };
    }
    const inner = unwrapCellValue(v.result);
    if (inner.error) return { value: undefined, error: inner.error.replace("单元格是错误值", `公式“=${formula}”的结果是错误值`) };
    return inner;
  }
  if ("text" in v) {
    const t = v.text;
    return { value: typeof t === "string" ? t : (richText(t) ?? (t === undefined ? undefined : String(t))) };
  }
  return { value: v };
}
