/**
 * From the template's text output to the NoticeDocument outline.
 *
 * Text format (one item per line, blank lines ignored, lines trimmed):
 *   标题：…            the title (required)
 *   主送：…            主送机关, without the final colon
 *   附件：…            an attachment, by its exact title among those built from the data
 *   署名：… / 日期：…   signature and its date (override the data's 发文机关 / 成文日期)
 *   附注：…            附注 without parentheses
 *   正文：…            a body paragraph taken literally (no heading detection)
 *   anything else      a body paragraph; a leading number makes it a heading:
 *                      一、 level 1, （一） level 2, 1. level 3, （1） level 4. A numbered line that
 *                      goes on after its first 。 (（一）运行情况。第一季度……) becomes a run-in `lead`.
 */
import { ErrorCode, TongbaoError } from "../errors.js";
import type { Block, HeadingLevel } from "../outline.js";

export interface OutlineParts {
  title?: string;
  recipients?: string;
  body: Block[];
  attachmentTitles: string[];
  signature?: string;
  date?: string;
  note?: string;
}

const CN = "[一二三四五六七八九十百]+";
const NUMBERING: { level: HeadingLevel; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^${CN}、`) },
  { level: 2, re: new RegExp(`^[（(]${CN}[）)]`) },
  { level: 3, re: /^\d{1,2}[.．](?!\d)/ },
  { level: 4, re: /^[（(]\d{1,2}[）)]/ },
];

/** A run-in lead is a short first sentence; longer ones are ordinary numbered paragraphs. */
const MAX_LEAD = 40;
/** A heading on its own line is short and does not end like a sentence. */
const MAX_HEADING = 40;

export function classifyLine(line: string): Block {
  for (const { level, re } of NUMBERING) {
    const m = re.exec(line);
    if (!m) continue;
    const stop = line.indexOf("。");
    if (stop >= 0 && stop < MAX_LEAD && stop < line.length - 1) {
      return { kind: "paragraph", lead: { level, text: line.slice(0, stop + 1) }, text: line.slice(stop + 1) };
    }
    if (line.length <= MAX_HEADING && !/[。；;：:]$/.test(line) && line.length > m[0].length) {
      return { kind: "heading", level, text: line };
    }
    return { kind: "paragraph", text: line };
  }
  return { kind: "paragraph", text: line };
}

const FIELDS = ["标题", "主送", "附件", "署名", "日期", "附注", "正文"] as const;

export function toOutline(text: string): OutlineParts {
  const parts: OutlineParts = { body: [], attachmentTitles: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const field = FIELDS.find((f) => line.startsWith(`${f}：`));
    const value = field ? line.slice(field.length + 1).trim() : "";
    switch (field) {
      case "标题":
        if (value) parts.title = value;
        break;
      case "主送":
        if (value) parts.recipients = value.replace(/[：:]$/, "");
        break;
      case "附件":
        if (value) parts.attachmentTitles.push(value);
        break;
      case "署名":
        if (value) parts.signature = value;
        break;
      case "日期":
        if (value) parts.date = value;
        break;
      case "附注":
        if (value) parts.note = value.replace(/^[（(](.*)[）)]$/, "$1");
        break;
      case "正文":
        if (value) parts.body.push({ kind: "paragraph", text: value });
        break;
      default:
        parts.body.push(classifyLine(line));
    }
  }
  return parts;
}

/** The attachments a template names, in its order; an unknown title is a template error. */
export function pickAttachments(titles: readonly string[], available: readonly { title: string }[], templateName: string): string[] {
  const picked: string[] = [];
  for (const title of titles) {
    const found = available.find((a) => a.title === title);
    if (!found) {
      throw new TongbaoError(ErrorCode.TEMPLATE, `模板“${templateName}”有错误。`, [
        {
          code: ErrorCode.TEMPLATE,
          severity: "error",
          message: `附件“${title}”不存在。`,
          location: { file: templateName },
          value: title,
          fix: available.length ? `可用的附件：${available.map((a) => a.title).join("；")}。` : "这份数据没有可生成的附件。",
        },
      ]);
    }
    if (!picked.includes(found.title)) picked.push(found.title);
  }
  return picked;
}
