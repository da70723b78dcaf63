import { describe, expect, test } from "vitest";
import { unzipSync } from "fflate";
import { writeZip, zipChunks } from "../../src/render/zip-writer.js";

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

describe("zipChunks", () => {
  test("streams the same bytes as writeZip", () => {
    const parts = [["整改通知单/某局.docx", encode("某局".repeat(500))], ["通报.docx", encode("通报")]] as const;
    expect(new Uint8Array(Buffer.concat([...zipChunks(parts)]))).toEqual(writeZip(parts));
  });

  test("reads a part only when the consumer reaches it", () => {
    const read: string[] = [];
    function* parts(): Generator<readonly [string, Uint8Array]> {
      for (const name of ["a.docx", "b.docx"]) {
        read.push(name);
        yield [name, encode(name)];
      }
    }
    const chunks = zipChunks(parts());
    const first = chunks.next();
    expect(read).toEqual(["a.docx"]);
    const zip = Buffer.concat([first.value!, ...chunks]);
    expect(read).toEqual(["a.docx", "b.docx"]);
    expect(Object.keys(unzipSync(new Uint8Array(zip)))).toEqual(["a.docx", "b.docx"]);
  });
});
