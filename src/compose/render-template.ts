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

type Render = (view: object) => string;

/** Compiled templates rendered in-process, by name and source (compiling costs more than rendering). */
const compiled = new Map<string, Render>();
/** The same, by the input read once and reused (the per-unit templates): no key to build per document. */
const compiledInputs = new WeakMap<TemplateInput, Render>();

function compiledFor(input: TemplateInput): Render {
  const known = compiledInputs.get(input);
  if (known) return known;
  const { template, partials } = input;
  const key = `${template.name}\u0000${template.source}\u0000${partials.map((p) => `${p.name}\u0000${p.source}`).join("\u0000")}`;
  let render = compiled.get(key);
  if (!render) {
    render = compileTemplate(template, partials);
    if (compiled.size > 32) compiled.clear();
    compiled.set(key, render);
  }
  compiledInputs.set(input, render);
  return render;
}

/** The template's text for this view. `sandbox`: limits for a user template, `false` renders it in-process. */
export function renderTemplate(input: TemplateInput, view: object, sandbox?: Partial<SandboxLimits> | false): string {
  const { template, partials } = input;
  if (template.builtin) return compiledFor(input)(view);
  checkTemplateSource(template.name, template.source); // guard: prototype access, self-calling partials
  return sandbox === false ? compiledFor(input)(view) : renderSandboxed(template, partials, view, { ...DEFAULT_LIMITS, ...(sandbox ?? {}) });
}
