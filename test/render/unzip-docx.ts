import { unzipSync } from "fflate";

/** The text of one part of a .docx package. */
export function part(docx: Uint8Array, name: string): string {
  const entry = unzipSync(docx)[name];
  if (!entry) throw new Error(`missing part ${name}`);
  return new TextDecoder().decode(entry);
}

/** Visible text of a WordprocessingML fragment, paragraph by paragraph. */
export function paragraphsText(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}
