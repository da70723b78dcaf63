/** The notice laid out like its pages: A4 width, 版头, title, headings, body, signature, then each attachment. */
import type { PreviewBlock, PreviewDocument, PreviewTable } from "./api-types.js";
import { h } from "./dom.js";

function table(t: PreviewTable): HTMLElement {
  const head = h("thead", {}, h("tr", {}, ...t.columns.map((c) => h("th", { scope: "col" }, c.header))));
  const row = (cells: (string | number)[], cls = "") =>
    h("tr", cls ? { class: cls } : {}, ...cells.map((v, i) => h("td", { class: `align-${t.columns[i]?.align ?? "center"}` }, String(v))));
  const body = h("tbody", {}, ...t.rows.map((r) => row(r)), t.totals ? row(t.totals, "totals") : null);
  return h(
    "div",
    { class: "table-block" },
    t.caption ? h("p", { class: "table-caption" }, t.caption) : null,
    h("table", {}, head, body),
    t.omitted > 0 ? h("p", { class: "omitted" }, `（预览只列出前${t.rows.length}行，另有${t.omitted}行在 Word 文件中）`) : null,
    ...(t.notes ?? []).map((n) => h("p", { class: "table-note" }, n)),
  );
}

function block(b: PreviewBlock): HTMLElement {
  switch (b.kind) {
    case "heading":
      return h("p", { class: `heading level-${b.level}` }, b.text);
    case "paragraph":
      return h("p", { class: "body" }, b.lead ? h("span", { class: `lead level-${b.lead.level}` }, b.lead.text) : null, b.text);
    case "table":
      return table(b.table);
    case "form":
      return h(
        "table",
        { class: "form" },
        h("tbody", {}, ...b.rows.map((r) => h("tr", {}, ...r.cells.map((c) => h(c.label ? "th" : "td", c.span ? { colspan: String(c.span) } : {}, c.text))))),
      );
  }
}

function attachmentNote(titles: string[]): HTMLElement | null {
  if (titles.length === 0) return null;
  if (titles.length === 1) return h("p", { class: "attachments-note" }, `附件：${titles[0]}`);
  return h("div", { class: "attachments-note" }, ...titles.map((t, i) => h("p", {}, `${i === 0 ? "附件：" : ""}${i + 1}．${t}`)));
}

/** 发文机关标志 on one line: at most 36 pt, smaller for a long name (the type area is 156 mm wide). */
function mark(text: string): HTMLElement {
  const el = h("p", { class: "mark" }, text);
  el.style.fontSize = `min(36pt, ${(148 / [...text].length).toFixed(2)}mm)`;
  return el;
}

export function renderPreview(doc: PreviewDocument): HTMLElement[] {
  const first = h(
    "article",
    { class: "a4", "aria-label": "通报正文预览" },
    doc.mark ? mark(doc.mark) : null,
    doc.docNumber ? h("p", { class: "doc-number" }, doc.docNumber) : null,
    doc.mark ? h("hr", { class: "red-line" }) : null,
    h("h3", { class: "title" }, doc.title),
    doc.recipients ? h("p", { class: "recipients" }, `${doc.recipients}：`) : null,
    ...doc.body.map(block),
    attachmentNote(doc.attachmentTitles),
    h("p", { class: "issuer" }, doc.signature.issuer),
    h("p", { class: "date" }, doc.signature.date),
    doc.note ? h("p", { class: "note" }, `（${doc.note}）`) : null,
  );
  const attachments = doc.attachments.map((a, i) =>
    h(
      "article",
      { class: "a4 attachment", "aria-label": `附件${i + 1}预览` },
      h("p", { class: "attachment-label" }, doc.attachments.length === 1 ? "附件" : `附件${i + 1}`),
      h("h3", { class: "title" }, a.title),
      ...a.blocks.map(block),
    ),
  );
  return [first, ...attachments];
}
