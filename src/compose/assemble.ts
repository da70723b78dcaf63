/**
 * assembleDocument: a template's text plus the attachments on offer → the NoticeDocument, for every
 * document kind. The template's front matter (标题：, 主送：, 署名：…) wins over the defaults; its
 * 附件： lines pick attachments by title, in its order, and an unknown title is a template error.
 */
import { ErrorCode, TongbaoError } from "../errors.js";
import { formatDate } from "../format/date.js";
import type { Attachment, AttachmentBlock, NoticeDocument } from "../outline.js";
import type { NoticeInfo } from "../schema.js";
import { pickAttachments, toOutline } from "./to-outline.js";

/** An attachment a template may name by its title; built only when named. */
export interface AttachmentOffer {
  title: string;
  build: () => AttachmentBlock[];
}

/** What the document prints where its template says nothing. */
export type DocumentDefaults = Pick<NoticeDocument, "kind" | "title" | "recipients" | "mark" | "docNumber" | "note" | "imprint"> & {
  issuer: string;
  /** 成文日期, formatted. */
  signDate: string;
};

/** The defaults of a document sent under the workbook's 通报信息: 发文机关标志, 文号, 附注 and 版记 included. */
export function noticeDefaults(info: NoticeInfo, title: string): DocumentDefaults {
  return {
    kind: info.kind,
    title,
    recipients: info.recipients,
    issuer: info.issuer,
    signDate: formatDate(info.signDate),
    ...(info.issuerMark ? { mark: info.issuerMark } : {}),
    ...(info.docNumber ? { docNumber: info.docNumber } : {}),
    ...(info.note ? { note: info.note } : {}),
    ...(info.printer ? { imprint: { printer: info.printer, date: formatDate(info.printDate ?? info.signDate), ...(info.cc ? { cc: info.cc } : {}) } } : {}),
  };
}

export interface AssembleOptions {
  /** The template's name, for errors. */
  templateName: string;
  defaults: DocumentDefaults;
  /** Titles attached after the template's own (the full listing on request), when on offer. */
  also?: readonly string[];
}

/**
 * A sentence's reference to an attachment, written by a template as （见附件：TITLE）, becomes （见附件2）
 * by the attachment's place (（见附件） when it is the only one); a title not attached drops the reference.
 */
export function crossReferences(text: string, picked: readonly string[]): string {
  return text.replace(/（见附件：((?:[^（）]|（[^（）]*）)*)）/g, (_, title: string) => {
    const n = title ? picked.indexOf(title) : -1;
    if (n < 0) return "";
    return picked.length === 1 ? "（见附件）" : `（见附件${n + 1}）`;
  });
}

export function assembleDocument(text: string, offers: readonly AttachmentOffer[], options: AssembleOptions): NoticeDocument {
  const { templateName, defaults: d } = options;
  const parts = toOutline(text);
  if (parts.body.length === 0) {
    throw new TongbaoError(ErrorCode.TEMPLATE, `模板“${templateName}”没有生成任何正文。`, [
      { code: ErrorCode.TEMPLATE, severity: "error", message: "模板输出中没有正文段落。", location: { file: templateName }, fix: "请检查模板中的条件块。" },
    ]);
  }
  const picked = pickAttachments(parts.attachmentTitles, offers, templateName);
  for (const title of options.also ?? []) if (!picked.includes(title) && offers.some((o) => o.title === title)) picked.push(title);
  const attachments: Attachment[] = picked.map((title) => ({ title, blocks: offers.find((o) => o.title === title)!.build() }));
  const body = parts.body.map((b) => (b.kind === "paragraph" ? { ...b, text: crossReferences(b.text, picked), ...(b.lead ? { lead: { ...b.lead, text: crossReferences(b.lead.text, picked) } } : {}) } : b));
  const recipients = parts.recipients ?? d.recipients;
  const note = parts.note ?? d.note;
  return {
    kind: d.kind,
    title: parts.title ?? d.title,
    body,
    attachments,
    signature: { issuer: parts.signature ?? d.issuer, date: parts.date ?? d.signDate },
    ...(d.mark ? { mark: d.mark } : {}),
    ...(d.docNumber ? { docNumber: d.docNumber } : {}),
    ...(recipients ? { recipients } : {}),
    ...(note ? { note } : {}),
    ...(d.imprint ? { imprint: d.imprint } : {}),
  };
}
