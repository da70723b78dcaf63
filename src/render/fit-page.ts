import type { Block, NoticeDocument } from "../outline.js";
import { issuerLines, NOTE_NAME_AT, noteLines, SEAL_LINES, SINGLE_NAME_AT } from "./closing.js";
import { estimateLines } from "./line-estimate.js";
import { mastheadHeight } from "./masthead.js";
import { countPages } from "./page-count.js";
import { LINE, TYPE_AREA } from "./page.js";
import { titleLines } from "./title-lines.js";

/**
 * Tightest pitch a one-page notice is set at (22 pt, 1.375 × the 三号 size): GB/T 9704 7.3.5.5 lets the
 * typist close up line spacing so the seal and date stay on the page of the text.
 */
export const MIN_PITCH = 440;
/** Twips kept free at the foot: LibreOffice rounds each line to 1/100 mm. */
const SLACK = 40;

/** Lines a body block takes (a paragraph's run-in heading included). */
export function blockLines(block: Block): number {
  return estimateLines(block.kind === "paragraph" && block.lead ? block.lead.text + block.text : block.text);
}

/** Lines below the title at the body pitch: 主送, body, 附件说明, seal lines, 署名, date, 附注. */
export function flexibleLines(doc: NoticeDocument): number {
  const recipients = doc.recipients ? 1 + estimateLines(`${doc.recipients}：`, 0, 0) : 0;
  const body = doc.body.reduce((n, b) => n + blockLines(b), 0);
  const titles = doc.attachments.map((a) => a.title);
  const note =
    titles.length === 0
      ? 0
      : titles.length === 1
        ? 1 + noteLines(titles[0]!, SINGLE_NAME_AT).length
        : 1 + titles.reduce((n, t) => n + noteLines(t, NOTE_NAME_AT).length, 0);
  const signature = SEAL_LINES + issuerLines(doc.signature.issuer, doc.signature.date).length + 1;
  const remark = doc.note ? estimateLines(`（${doc.note}）`) : 0;
  return recipients + body + note + signature + remark;
}

/** Height of what does not close up: the 版头, the title lines, the 发文字号 under a title. */
function fixedHeight(doc: NoticeDocument): number {
  const head = doc.mark ? mastheadHeight(doc.mark) : doc.docNumber ? LINE : 0;
  return head + titleLines(doc.title).length * LINE;
}

/**
 * The pitch of the 正文 from the 主送机关 to the 附注: 579 (22 lines a page), or, when the text runs just
 * over one page and would fit it at no less than MIN_PITCH, the pitch that fits it there — a typist's answer
 * to a seal and date that would otherwise stand on a second page with a few lines of text.
 */
export function bodyPitch(doc: NoticeDocument): number {
  const fixed = fixedHeight(doc);
  const lines = flexibleLines(doc);
  const room = TYPE_AREA.height - fixed;
  if (lines * LINE <= room) return LINE;
  // One line to spare when the pitch allows it: the estimate may miss a line.
  for (const n of [lines + 1, lines]) {
    const pitch = Math.floor((room - SLACK) / n);
    if (pitch >= MIN_PITCH) return pitch;
  }
  return LINE;
}

/** Pages the 正文 section is estimated to fill: 版头 and title, then its lines at the body pitch. */
export function mainPages(doc: NoticeDocument): number {
  return countPages([{ kind: "lines", count: flexibleLines(doc), pitch: bodyPitch(doc) }], TYPE_AREA.height, fixedHeight(doc));
}
