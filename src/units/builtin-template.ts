/** A built-in template of templates/ compiled once per thread: the per-unit templates and 调查通知. */
import { join } from "node:path";
import { compileTemplate } from "../compose/engine.js";
import { builtinTemplatesDir, readPartials, readTemplate } from "../read/read-template.js";

export type RenderTemplate = (view: object) => string;

const compiled = new Map<string, RenderTemplate>();

export function builtinTemplate(name: string): RenderTemplate {
  const cached = compiled.get(name);
  if (cached) return cached;
  const { source } = readTemplate(join(builtinTemplatesDir(), `${name}.hbs`));
  const partials = Object.entries(readPartials()).map(([n, s]) => ({ name: n, source: s }));
  const render: RenderTemplate = compileTemplate({ name, source }, partials);
  compiled.set(name, render);
  return render;
}
