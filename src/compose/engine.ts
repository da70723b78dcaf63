/**
 * The handlebars engine: an isolated instance, strict, no escaping, known helpers only, no
 * prototype access. Every template failure becomes a located TongbaoError(TEMPLATE) in Chinese.
 */
import Handlebars from "handlebars";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import { headingNumber } from "../format/numeral.js";
import { joinWithAnd, quoteNames } from "../format/names.js";

export interface TemplateFile {
  name: string;
  source: string;
}

/** The helper allow-list; templates/README.md documents each one. */
export const HELPERS = ["no", "quote", "joinAnd", "eq", "join"] as const;

const knownHelpers = Object.fromEntries(HELPERS.map((h) => [h, true]));

const compileOptions = {
  strict: true,
  noEscape: true,
  knownHelpers,
  knownHelpersOnly: true,
} as const;

/** Helpers with per-render state (the heading counters of `no`). */
function makeHelpers(): Record<string, Handlebars.HelperDelegate> {
  const counters = [0, 0, 0, 0];
  const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null || v === "" ? [] : [String(v)]);
  return {
    /** {{no 1}} → 一、 then 二、; {{no 2}} → （一）; deeper counters restart under a new parent. */
    no: (level: unknown) => {
      const l = Number(level);
      if (l !== 1 && l !== 2 && l !== 3 && l !== 4) throw new Error(`no 的级别应为1至4，实为${String(level)}`);
      counters[l - 1]! += 1;
      for (let i = l; i < 4; i++) counters[i] = 0;
      return headingNumber(l, counters[l - 1]!);
    },
    /** {{quote names}} → “A”、“B”; {{quote names ""}} → “A”“B”. */
    quote: (list: unknown, ...rest: unknown[]) => {
      const sep = rest.length > 1 && typeof rest[0] === "string" ? rest[0] : "、";
      return quoteNames(asList(list), { separator: sep });
    },
    /** {{joinAnd names}} → A、B和C. */
    joinAnd: (list: unknown) => joinWithAnd(asList(list)),
    /** {{join names "、"}} */
    join: (list: unknown, ...rest: unknown[]) => asList(list).join(rest.length > 1 && typeof rest[0] === "string" ? rest[0] : "、"),
    /** {{#if (eq a b)}} */
    eq: (a: unknown, b: unknown) => a === b,
  };
}

function templateError(file: string, e: unknown): TongbaoError {
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const message = String(err.message ?? e);
  let line = e instanceof OutputLimitError ? e.line : err.lineNumber;
  let column = e instanceof OutputLimitError ? (e.column !== undefined ? e.column + 1 : undefined) : err.column !== undefined ? err.column + 1 : undefined;
  let detail: string;
  const parse = /^Parse error on line (\d+):/.exec(message);
  if (parse) {
    line = Number(parse[1]);
    const lines = message.split("\n");
    // The excerpt above the caret joins several lines, so it gives no reliable column.
    column = undefined;
    detail = `模板语法错误：${lines[lines.length - 1] ?? message}`;
  } else if (/knownHelpersOnly/.test(message)) {
    const name = /unknown helper (\S+)/.exec(message)?.[1] ?? "";
    detail = `使用了未知的辅助函数“${name}”，可用：${HELPERS.join("、")}`;
  } else if (/not defined in/.test(message)) {
    const name = /^"([^"]+)" not defined/.exec(message)?.[1] ?? "";
    detail = `字段“${name}”不存在（严格模式下不能引用视图模型之外的字段）`;
  } else if (/The partial (\S+) could not be found/.test(message)) {
    detail = `找不到子模板“${/The partial (\S+) could not be found/.exec(message)?.[1] ?? ""}”`;
  } else if (e instanceof OutputLimitError) {
    detail = `模板输出超过${e.limit}个字符的上限，已停止（请检查嵌套循环）`;
  } else if (e instanceof RangeError) {
    detail = `模板递归过深（${message}）`;
  } else {
    detail = `模板错误：${message.replace(/ - \d+:\d+$/, "")}`;
  }
  const issue: Issue = {
    code: ErrorCode.TEMPLATE,
    severity: "error",
    message: `${detail}。`,
    // `path` carries file:line:column so formatIssue prints it as is (a separate `line` would be appended again).
    location: { file, ...(line !== undefined ? { path: `${file}:${line}${column !== undefined ? `:${column}` : ""}` } : {}) },
    fix: "请对照 templates/README.md 修改模板。",
  };
  return new TongbaoError(ErrorCode.TEMPLATE, `模板“${file}”有错误。`, [issue]);
}

export interface CompileLimits {
  /** Stop any {{#each}} whose output passes this many characters (loops are what multiply output). */
  maxOutputChars?: number;
}

/** Thrown by the capped `each`; becomes a template error naming the limit. */
export class OutputLimitError extends Error {
  constructor(
    readonly limit: number,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`output over ${limit} characters`);
  }
}

/** Replace the built-in `each` by one that counts what its iterations produce. */
function capEach(hb: typeof Handlebars, limit: number): void {
  const original = hb.helpers["each"] as Handlebars.HelperDelegate;
  hb.registerHelper("each", function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    let total = 0;
    const fn = options.fn;
    const counted = Object.assign((ctx: unknown, opts?: Handlebars.RuntimeOptions) => {
      const out = fn(ctx, opts);
      total += out.length;
      if (total > limit) {
        const at = (options as { loc?: { start?: { line: number; column: number } } }).loc?.start;
        throw new OutputLimitError(limit, at?.line, at?.column);
      }
      return out;
    }, fn);
    return original.call(this, context, { ...options, fn: counted });
  });
}

/**
 * Compile once, eagerly: `precompile` reports every compile-time error now, and its output is turned
 * into the template function directly (hb.compile would compile the same source a second time, lazily,
 * on the first render — on a cold process the two compilations cost about as much as everything else
 * compose does).
 */
function compileOnce(hb: typeof Handlebars, source: string): Handlebars.TemplateDelegate {
  const spec = new Function(`return ${hb.precompile(source, compileOptions)};`)() as TemplateSpecification;
  return hb.template(spec);
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

export function compileTemplate(template: TemplateFile, partials: readonly TemplateFile[] = [], limits: CompileLimits = {}): (view: object) => string {
  const hb = Handlebars.create();
  if (limits.maxOutputChars !== undefined) capEach(hb, limits.maxOutputChars);
  for (const p of partials) {
    let partial: Handlebars.TemplateDelegate;
    try {
      partial = compileOnce(hb, p.source);
    } catch (e) {
      throw templateError(`partials/${p.name}.hbs`, e);
    }
    hb.registerPartial(p.name, partial);
  }
  let render: Handlebars.TemplateDelegate;
  try {
    render = compileOnce(hb, template.source);
  } catch (e) {
    throw templateError(template.name, e);
  }
  return (view: object) => {
    try {
      return render(view, { helpers: makeHelpers() });
    } catch (e) {
      throw templateError(template.name, e);
    }
  };
}
