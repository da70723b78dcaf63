/**
 * Package checks Word makes before it reads a part: every part has a content type ([Content_Types].xml, by
 * Override or by extension Default) and every internal relationship target exists.
 */
import { posix } from "node:path";

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Problems with content types and relationship targets of an unzipped package. */
export function packageProblems(files: Record<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const types = files["[Content_Types].xml"] ? text("[Content_Types].xml") : "";
  if (!types) return ["missing [Content_Types].xml"];
  const defaults = new Set([...types.matchAll(/<Default [^>]*>/g)].map((m) => attr(m[0], "Extension")!.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override [^>]*>/g)].map((m) => attr(m[0], "PartName")!));
  const parts = Object.keys(files).filter((n) => !n.endsWith("/") && n !== "[Content_Types].xml");
  for (const part of parts) {
    // `_rels/.rels` has the extension "rels" for OPC, not none as for path.extname.
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has(`/${part}`) && !defaults.has(ext)) problems.push(`${part}: no content type`);
  }
  for (const name of overrides) if (!files[name.slice(1)]) problems.push(`[Content_Types].xml: override for missing ${name}`);
  for (const rels of parts.filter((p) => p.endsWith(".rels"))) {
    // word/_rels/document.xml.rels describes word/document.xml; _rels/.rels the package root.
    const base = posix.dirname(posix.dirname(rels));
    for (const m of text(rels).matchAll(/<Relationship [^>]*>/g)) {
      if (attr(m[0], "TargetMode") === "External") continue;
      const target = attr(m[0], "Target")!;
      const resolved = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(base === "." ? "" : base, target));
      if (!files[resolved]) problems.push(`${rels}: ${attr(m[0], "Id")} → missing ${resolved}`);
    }
  }
  return problems;
}
