/**
 * compose(data) → the NoticeDocument outline for the document kind asked for: the
 * notice (通报 or 通知 after a 通报 template) or the 调查通知. Builds the kind's view, renders the
 * template and assembles the document with the attachments built in code.
 */
import { aggregate } from "../aggregate/aggregate.js";
import type { Issue } from "../errors.js";
import type { NoticeDocument } from "../outline.js";
import type { Inspection } from "../schema.js";
import { assembleDocument, noticeDefaults } from "./assemble.js";
import { offerAttachments } from "./attachments.js";
import { renderTemplate, type TemplateInput } from "./render-template.js";
import type { SandboxLimits } from "./sandbox.js";
import { surveyNotice } from "./survey-notice.js";
import { unusedSheets } from "./sheet-use.js";
import { buildViewModel } from "./view-model.js";

/** The documents composed from a whole workbook. The per-unit documents are composed by unitDocument. */
export type DocumentKind = "notice" | "survey";

export interface ComposeOptions extends TemplateInput {
  /** notice (default): the template is a 通报 template; survey: the 调查通知 template and its attachments. */
  kind?: DocumentKind;
  /** Add an attachment listing every checked item (notice). */
  fullListing?: boolean;
  /**
   * Limits for rendering a user template in a worker (see sandbox.ts); `false` renders it
   * in-process. Built-in templates are trusted and always render in-process.
   */
  sandbox?: Partial<SandboxLimits> | false;
}

export interface ComposeResult {
  document: NoticeDocument;
  /** About the template, not the data (validate warns about that): a user template that drops a sheet. */
  warnings: Issue[];
}

function composeNotice(data: Inspection, options: ComposeOptions): ComposeResult {
  const facts = aggregate(data);
  const view = buildViewModel(data, facts);
  const text = renderTemplate(options, view, options.sandbox);
  const document = assembleDocument(text, offerAttachments(data, facts, view.attachments), {
    templateName: options.template.name,
    defaults: noticeDefaults(data.notice, view.notice.title),
    also: options.fullListing && view.attachments.fullListing ? [view.attachments.fullListing] : [],
  });
  const unused = options.template.builtin ? [] : unusedSheets(data, options.template, options.partials);
  return { document, warnings: unused };
}

/** Pure: the template and partials come in through `options`; nothing is read here. */
export function compose(data: Inspection, options: ComposeOptions): ComposeResult {
  if (options.kind === "survey") return { document: surveyNotice(data, options), warnings: [] };
  return composeNotice(data, options);
}
