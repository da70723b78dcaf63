/** A built-in template of templates/ with the partials, read once per thread: the per-unit templates and 调查通知. */
import { join } from "node:path";
import type { TemplateInput } from "../compose/render-template.js";
import { builtinTemplatesDir, readPartials, readTemplate } from "../read/read-template.js";

const read = new Map<string, TemplateInput>();

export function builtinTemplate(name: string): TemplateInput {
  const cached = read.get(name);
  if (cached) return cached;
  const { source } = readTemplate(join(builtinTemplatesDir(), `${name}.hbs`));
  const partials = Object.entries(readPartials()).map(([n, s]) => ({ name: n, source: s }));
  const set: TemplateInput = { template: { name, source, builtin: true }, partials };
  read.set(name, set);
  return set;
}
