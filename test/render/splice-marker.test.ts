import { describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/outline.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { changzhou } from "../fixtures/outlines/changzhou.js";
import { paragraphsText, part } from "./unzip-docx.js";

/** A notice whose attachment holds a table large enough for the XML back end, with text that reads like its old marker. */
function markerNotice(text: string): NoticeDocument {
  return {
    ...changzhou,
    recipients: text,
    body: [...changzhou.body, { kind: "paragraph", text }],
    attachments: [
      {
        title: "大表",
        blocks: [{ kind: "table", table: { columns: [{ header: "序号", width: 1 }, { header: "名称", width: 3 }], rows: Array.from({ length: 40 }, (_, i) => [i + 1, `单位${i + 1}`]) } }],
      },
    ],
  };
}

describe("text that looks like a table splice marker", { timeout: 60_000 }, () => {
  for (const text of ["TONGBAO-TABLE-0-SPLICE", "TONGBAO-TABLE-1-SPLICE", "<w:p>TONGBAO</w:p>"]) {
    it(`stays where the user wrote it and leaves the table in its attachment (${text})`, async () => {
      const xml = part(await renderDocx(markerNotice(text)), "word/document.xml");
      const paragraphs = paragraphsText(xml).map((t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
      const recipients = paragraphs.indexOf(`${text}：`);
      const title = paragraphs.indexOf("大表");
      expect(recipients).toBeGreaterThan(0);
      expect(paragraphs.filter((p) => p === text)).toHaveLength(1);
      expect(title).toBeGreaterThan(recipients);
      const table = xml.indexOf("<w:tbl>");
      expect(table).toBeGreaterThan(xml.indexOf("大表"));
      expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
      expect(xml.slice(table)).toContain("单位40");
    });
  }
});
