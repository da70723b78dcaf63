/**
 * Static checks on a user template before it runs: no path segment or `lookup` key that reaches
 * into prototypes (constructor, __proto__, …), no inline partial that calls itself — each refused
 * with the template's line. Limits on time, memory and output are sandbox.ts's.
 */
import Handlebars from "handlebars";
import { ErrorCode, TongbaoError } from "../errors.js";

const FORBIDDEN = new Set(["constructor", "__proto__", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "hasOwnProperty", "valueOf", "toString"]);

type Node = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

function located(file: string, line: number | undefined, column: number | undefined, detail: string): TongbaoError {
  const at = line !== undefined ? { path: `${file}:${line}${column !== undefined ? `:${column + 1}` : ""}`, line } : {};
  return new TongbaoError(ErrorCode.TEMPLATE, `模板“${file}”有错误。`, [
    { code: ErrorCode.TEMPLATE, severity: "error", message: `${detail}。`, location: { file, ...at }, fix: "请对照 templates/README.md 修改模板。" },
  ]);
}

/** Every node of the AST, depth first. */
function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n);
    return;
  }
  if (!node || typeof node !== "object" || typeof (node as Node).type !== "string") return;
  yield node as Node;
  for (const [k, v] of Object.entries(node)) if (k !== "loc" && v && typeof v === "object") yield* walk(v);
}

/** Refuses prototype access and self-calling inline partials; parse errors are left to the engine. */
export function checkTemplateSource(file: string, source: string): void {
  let ast: unknown;
  try {
    ast = Handlebars.parse(source);
  } catch {
    return;
  }
  for (const node of walk(ast)) {
    const at = node.loc?.start;
    if (node.type === "PathExpression") {
      const bad = (node.parts as string[]).find((p) => FORBIDDEN.has(p));
      if (bad) throw located(file, at?.line, at?.column, `不允许访问属性“${bad}”（对象原型）`);
    }
    if (node.type === "StringLiteral" && FORBIDDEN.has(String(node.value))) {
      throw located(file, at?.line, at?.column, `不允许用字符串“${String(node.value)}”查找属性（对象原型）`);
    }
    if (node.type === "DecoratorBlock" && (node.path as Node & { original?: string }).original === "inline") {
      const name = String(((node.params as Node[])[0] as Node & { value?: unknown })?.value ?? "");
      for (const inner of walk(node.program)) {
        if (inner.type === "PartialStatement" || inner.type === "PartialBlockStatement") {
          const called = (inner.name as Node & { original?: unknown }).original;
          if (called === name) {
            const l = inner.loc?.start;
            throw located(file, l?.line, l?.column, `子模板“${name}”调用了自身，会无限递归`);
          }
        }
      }
    }
  }
}
