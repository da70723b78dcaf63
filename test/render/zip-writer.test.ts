import { describe, expect, test } from "vitest";
import { unzipSync } from "fflate";
import { writeZip } from "../../src/render/zip-writer.js";

const encode = (s: string) => new TextEncoder().encode(s);

describe("writeZip", () => {
  test("gives back every part, in order, through an ordinary unzip", () => {
    const parts = [["word/document.xml", encode("<w:document>正文".repeat(1000))], ["[Content_Types].xml", encode("")]] as const;
    const entries = unzipSync(writeZip(parts));
    expect(Object.keys(entries)).toEqual(["word/document.xml", "[Content_Types].xml"]);
    expect(new TextDecoder().decode(entries["word/document.xml"])).toBe("<w:document>正文".repeat(1000));
    expect(entries["[Content_Types].xml"]).toHaveLength(0);
  });

  test("writes the same bytes for the same parts", () => {
    const parts = [["a.xml", encode("<a/>")]] as const;
    expect(writeZip(parts)).toEqual(writeZip(parts));
  });
});
