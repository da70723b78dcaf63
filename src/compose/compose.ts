/**
 * compose(data) → the NoticeDocument outline plus warnings: aggregate, build the view model, render
 * the chosen template, convert its text to the outline and attach the tables built in code.
 */
import { aggregate } from "../aggregate/aggregate.js";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import type { Attachment, NoticeDocument } from "../outline.js";
import type { TemplateSource } from "../read/read-template.js";
import type { Inspection } from "../schema.js";
import { offerAttachments } from "./attachments.js";
import { compileTemplate, type TemplateFile } from "./engine.js";
import { DEFAULT_LIMITS, renderSandboxed, type SandboxLimits } from "./sandbox.js";
import { checkTemplateSource } from "./template-guard.js";
import { formatDate } from "../format/date.js";
import { pickAttachments, toOutline } from "./to-outline.js";
import { buildViewModel } from "./view-model.js";

export interface ComposeOptions {
  /**
   * The template, already read (see readTemplateSet / readTemplate). `builtin` ones render
   * in-process; user templates render in the sandbox unless `sandbox` is false.
   */
  template: TemplateSource;
  /** The shared partials ({{> front}} …), already read; the templates need them. */
  partials: readonly TemplateFile[];
  /** Add an attachment listing every checked item. */
  fullListing?: boolean;
  /**
   * Limits for rendering a user template in a worker (see sandbox.ts); `false` renders it
   * in-process. Built-in templates are trusted and always render in-process.
   */
  sandbox?: Partial<SandboxLimits> | false;
}

export interface ComposeResult {
  document: NoticeDocument;
  warnings: Issue[];
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

/** Pure: the template and partials come in through `options`; nothing is read here. */
export function compose(data: Inspection, options: ComposeOptions): ComposeResult {
  const { template, partials } = options;
  const facts = aggregate(data);
  const warnings: Issue[] = [...facts.warnings];
  const view = buildViewModel(data, facts);
  if (!template.builtin) checkTemplateSource(template.name, template.source); // guard: prototype access, self-calling partials
  const text =
    !template.builtin && options.sandbox !== false
      ? renderSandboxed(template, partials, view, { ...DEFAULT_LIMITS, ...(options.sandbox ?? {}) })
      : renderInProcess(template, partials, view);
  const parts = toOutline(text);
  const offers = offerAttachments(facts, view.attachments);
  const picked = pickAttachments(parts.attachmentTitles, offers, template.name);
  if (options.fullListing && view.attachments.fullListing && !picked.includes(view.attachments.fullListing)) picked.push(view.attachments.fullListing);
  const attachments: Attachment[] = picked.map((title) => ({ title, blocks: offers.find((o) => o.title === title)!.build() }));
  if (parts.body.length === 0) {
    throw new TongbaoError(ErrorCode.TEMPLATE, `模板“${template.name}”没有生成任何正文。`, [
      { code: ErrorCode.TEMPLATE, severity: "error", message: "模板输出中没有正文段落。", location: { file: template.name }, fix: "请检查模板中的条件块。" },
    ]);
  }
  const n = data.notice;
  const document: NoticeDocument = {
    kind: n.kind,
    title: parts.title ?? view.notice.title,
    body: parts.body,
    attachments,
    signature: { issuer: parts.signature ?? n.issuer, date: parts.date ?? view.notice.signDate },
    ...(n.issuerMark ? { mark: n.issuerMark } : {}),
    ...(n.docNumber ? { docNumber: n.docNumber } : {}),
    ...((parts.recipients ?? n.recipients) ? { recipients: parts.recipients ?? n.recipients } : {}),
    ...((parts.note ?? n.note) ? { note: (parts.note ?? n.note)! } : {}),
    ...(n.printer ? { imprint: { printer: n.printer, date: formatDate(n.printDate ?? n.signDate), ...(n.cc ? { cc: n.cc } : {}) } } : {}),
  };
  return { document, warnings };
}
