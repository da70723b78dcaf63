/**
 * Filling a template with a view, for every document kind: built-in templates render in-process
 * (compiled once per template and partials), user templates in the sandbox unless it is turned off.
 */
import type { TemplateSource } from "../read/read-template.js";
import { compileTemplate, type TemplateFile } from "./engine.js";
import { DEFAULT_LIMITS, renderSandboxed, type SandboxLimits } from "./sandbox.js";
import { checkTemplateSource } from "./template-guard.js";

/** A template with the shared partials ({{> front}} …) it may call, already read. */
export interface TemplateInput {
  template: TemplateSource;
  partials: readonly TemplateFile[];
}

/** Compiled templates rendered in-process, by name and source (compiling costs more than rendering). */
const compiled = new Map<string, (view: object) => string>();

function renderInProcess(template: TemplateFile, partials: readonly TemplateFile[], view: object): string {
  const key = `${template.name}\u0000${template.source}\u0000${partials.map((p) => `${p.name}\u0000${p.source}`).join("\u0000")}`;
  let render = compiled.get(key);
  if (!render) {
    render = compileTemplate(template, partials);
    if (compiled.size > 32) compiled.clear();
    compiled.set(key, render);
  }
  return render(view);
}

/** The template's text for this view. `sandbox`: limits for a user template, `false` renders it in-process. */
export function renderTemplate({ template, partials }: TemplateInput, view: object, sandbox?: Partial<SandboxLimits> | false): string {
  if (template.builtin) return renderInProcess(template, partials, view);
  checkTemplateSource(template.name, template.source); // guard: prototype access, self-calling partials
  return sandbox === false ? renderInProcess(template, partials, view) : renderSandboxed(template, partials, view, { ...DEFAULT_LIMITS, ...(sandbox ?? {}) });
}
