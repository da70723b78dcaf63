/**
 * Errors are values: an issue has a code, a location, a Chinese message and, where one exists, a fix.
 * A stage that finds problems collects every issue and throws one TongbaoError at the end.
 */

/** Where an issue is: as precise as the stage knows. Row numbers are as Excel shows them. */
export interface Location {
  file?: string;
  sheet?: string;
  row?: number;
  /** Column letter, e.g. "D". */
  column?: string;
  /** Column header as written in the workbook, e.g. "平台类型". */
  header?: string;
  /** For JSON input or templates: a path such as accounts[3].platform, or template line:column. */
  path?: string;
  line?: number;
}

export type Severity = "error" | "warning";

export interface Issue {
  code: string;
  severity: Severity;
  /** Complete Chinese sentence; names the value found and what is expected. */
  message: string;
  location?: Location;
  value?: unknown;
  /** What to do about it, in Chinese. */
  fix?: string;
}

/** Error codes of the pipeline, with the process exit code each maps to. */
export const ErrorCode = {
  INVALID_INPUT: "E_INPUT",
  UNREADABLE_INPUT: "E_UNREADABLE",
  TEMPLATE: "E_TEMPLATE",
  OUTPUT: "E_OUTPUT",
  USAGE: "E_USAGE",
  INTERNAL: "E_INTERNAL",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Exit codes, documented in the README. */
export const ExitCode = {
  OK: 0,
  INTERNAL: 1,
  INVALID_INPUT: 2,
  TEMPLATE: 3,
  OUTPUT: 4,
  USAGE: 64,
} as const;

const exitFor: Record<ErrorCode, number> = {
  E_INPUT: ExitCode.INVALID_INPUT,
  E_UNREADABLE: ExitCode.INVALID_INPUT,
  E_TEMPLATE: ExitCode.TEMPLATE,
  E_OUTPUT: ExitCode.OUTPUT,
  E_USAGE: ExitCode.USAGE,
  E_INTERNAL: ExitCode.INTERNAL,
};

/** The one error class of tongbao. `issues` holds every problem found, errors and warnings. */
export class TongbaoError extends Error {
  override readonly name = "TongbaoError";
  readonly code: ErrorCode;
  readonly issues: Issue[];
  constructor(code: ErrorCode, message: string, issues: Issue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
  get exitCode(): number {
    return exitFor[this.code];
  }
}

export const isTongbaoError = (e: unknown): e is TongbaoError => e instanceof TongbaoError;

/** `政务新媒体!D12（平台类型）` — the prefix every located message starts with. */
export function formatLocation(loc: Location | undefined): string {
  if (!loc) return "";
  let s = "";
  if (loc.sheet) {
    s += loc.sheet;
    // A cell as Excel names it (D12); a row without a column (the column is missing from the sheet) as 第12行.
    if (loc.column) s += `!${loc.column}${loc.row ?? ""}`;
    else if (loc.row) s += `第${loc.row}行`;
    if (loc.header) s += `（${loc.header}）`;
  } else if (loc.path) {
    s += loc.path;
  }
  // A path such as my.hbs:2:4 or 3:5 already names the line.
  const named = loc.path !== undefined && !loc.sheet && new RegExp(`(^|:)${loc.line}(:\\d+)?$`).test(loc.path);
  if (loc.line !== undefined && !named) s += `${s ? ":" : ""}${loc.line}`;
  if (loc.file && !loc.sheet && !loc.path && loc.line === undefined) s = loc.file;
  return s;
}

/** One line per issue: `政务新媒体!D12（平台类型）：“微薄”不是可识别的平台类型……` */
export function formatIssue(issue: Issue): string {
  const where = formatLocation(issue.location);
  const fix = issue.fix ? ` ${issue.fix}` : "";
  return `${where ? `${where}：` : ""}${issue.message}${fix}`;
}

/** The full report of an error: the headline, every issue, and the summary line 共N处错误. */
export function formatError(err: TongbaoError): string {
  const errors = err.issues.filter((i) => i.severity === "error");
  const warnings = err.issues.filter((i) => i.severity === "warning");
  const lines = [err.message, ...errors.map((i) => `  ✖ ${formatIssue(i)}`), ...warnings.map((i) => `  ⚠ ${formatIssue(i)}`)];
  if (errors.length > 0) lines.push(`共${errors.length}处错误${warnings.length ? `，${warnings.length}处提醒` : ""}。`);
  return lines.join("\n");
}
