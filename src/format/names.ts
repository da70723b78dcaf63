/** Name lists the way notices print them: “A”、“B”等3家, “A”“B”“C”, A、B和C. */

export interface QuoteOptions {
  /** Between quoted names: `、` (default) or `` (“A”“B”). */
  separator?: string;
  /** Print at most this many names, then `等N` + measure word. */
  limit?: number;
  /** Measure word after the total when the list is cut: 家, 个 (default 个). */
  measure?: string;
  /** Text appended after each name inside the list, e.g. a platform suffix. */
  suffixes?: readonly string[];
}

/** “A”、“B”、“C” or, beyond `limit`, “A”、“B”等5个. */
export function quoteNames(names: readonly string[], options: QuoteOptions = {}): string {
  const sep = options.separator ?? "、";
  const limit = options.limit ?? Infinity;
  const shown = names.slice(0, limit).map((n, i) => `“${n}”${options.suffixes?.[i] ?? ""}`);
  const text = shown.join(sep);
  return names.length > limit ? `${text}等${names.length}${options.measure ?? "个"}` : text;
}

/** A、B和C; a single name alone; empty for none. */
export function joinWithAnd(names: readonly string[], and = "和"): string {
  // Stryker disable next-line StringLiteral: the separator of a join of one name or none is never printed
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join("、")}${and}${names[names.length - 1]}`;
}
