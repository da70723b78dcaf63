/**
 * docx components as XML strings, written exactly as docx writes them (its `Formatter` and its
 * stringifier, quirks included), without compiling a whole package: the paragraphs of a document are
 * serialized one by one by docx's own `prepForXml`, so every property set in body.ts, closing.ts… reaches
 * both back ends alike.
 */
import type { XmlComponent } from "docx";

type Xmlable = { [name: string]: unknown };
type Attributes = Record<string, unknown>;

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;

/** docx's escaping of text and attribute values: markup characters as entities, control characters dropped. */
export function escapeDocx(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? "") : value;
}

const valueOf = (value: unknown): string => (typeof value === "string" ? escapeDocx(value) : String(value));

function attributes(attr: Attributes): string {
  let out = "";
  for (const key in attr) out += ` ${key}="${valueOf(attr[key])}"`;
  return out;
}

/** One element of docx's formatted tree, as docx's stringifier writes it with no indentation. */
function element(data: Xmlable): string {
  let name: string | undefined;
  for (const key in data) {
    name = key;
    break;
  }
  const values = name === undefined ? undefined : data[name];
  let attrs = "";
  let content: string[] = [];
  if (typeof values === "object") {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Attributes; _cdata?: string };
      if (attr) attrs += attributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`);
      if (Array.isArray(values)) {
        let isText = false;
        content.push("");
        for (const value of values) {
          if (typeof value === "object") {
            const child = value as Xmlable;
            if ("_attr" in child && Object.keys(child)[0] === "_attr") attrs += attributes(child._attr as Attributes);
            else content.push(element(child));
          } else {
            // As docx's stringifier: text replaces the element written just before it.
            content.pop();
            isText = true;
            content.push(valueOf(value));
          }
        }
        if (!isText) content.push("");
      }
    }
  } else {
    content = [valueOf(values)];
  }
  const open = `${name ? `<${name}` : ""}${attrs}`;
  if (content.length === 0) return `${open}/>`;
  return `${open}${name ? ">" : ""}${content.join("")}${name ? `</${name}>` : ""}`;
}

/** The XML of one docx component (a paragraph, a table), as it appears inside word/document.xml. */
export function componentXml(component: XmlComponent): string {
  const formatted = component.prepForXml({ stack: [] } as unknown as Parameters<XmlComponent["prepForXml"]>[0]);
  if (formatted === undefined) return "";
  return element(formatted as Xmlable);
}
