import type { Paragraph } from "docx";
import type { NoticeDocument } from "../outline.js";
import { bodyParagraph } from "./body.js";
import { attachmentNote, signature } from "./closing.js";
import { bodyPitch } from "./fit-page.js";
import { heading } from "./masthead.js";

/**
 * The 正文 section: heading, body, 附件说明, 署名 and date. Body, contact line and 附件说明 break across pages
 * like text; only the last line before the seal keeps with the 署名 (the body's last paragraph when there are
 * no attachments).
 */
export function mainText(doc: NoticeDocument): Paragraph[] {
  const line = bodyPitch(doc);
  const last = doc.body.length - 1;
  return [
    ...heading(doc, line),
    ...doc.body.map((block, i) => bodyParagraph(block, i === last && doc.attachments.length === 0, line)),
    ...attachmentNote(
      doc.attachments.map((a) => a.title),
      line,
    ),
    ...signature(doc, line),
  ];
}
