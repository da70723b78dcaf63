/**
 * docx components as XML strings, written exactly as docx writes them (its `Formatter` and its
 * stringifier, quirks included), without compiling a whole package: the paragraphs of a document are
 * serialized one by one from the same docx objects body.ts, closing.ts… build, so every property set there
 * reaches both back ends alike. Plain components are walked directly; any with a prepForXml of its own is
 * left to docx.
 */
import { IgnoreIfEmptyXmlComponent, isXmlComponent, NextAttributeComponent, Paragraph, ParagraphProperties, XmlAttributeComponent, XmlComponent } from "docx";

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

type Context = Parameters<XmlComponent["prepForXml"]>[0];
type Item = { attr: Attributes } | { xml: string } | { text: string };

const own = {
  element: XmlComponent.prototype.prepForXml,
  ignoreIfEmpty: IgnoreIfEmptyXmlComponent.prototype.prepForXml,
  attributes: XmlAttributeComponent.prototype.prepForXml,
  next: NextAttributeComponent.prototype.prepForXml,
  paragraph: Paragraph.prototype.prepForXml,
  paragraphProperties: ParagraphProperties.prototype.prepForXml,
};

interface Raw {
  rootKey: string;
  root: unknown;
  includeIfEmpty?: boolean;
  /** ParagraphProperties: a list numbering, resolved by docx's prepForXml. */
  numbering?: unknown;
  xmlKeys?: Record<string, string>;
  prepForXml(context: Context): Xmlable | undefined;
}

/** Attributes as XmlAttributeComponent and NextAttributeComponent gather them. */
function attributeItem(c: Raw, kind: "attributes" | "next"): Item {
  const attr: Attributes = {};
  if (kind === "attributes") {
    for (const [key, value] of Object.entries(c.root as Attributes)) if (value !== undefined) attr[c.xmlKeys?.[key] || key] = value;
  } else {
    for (const { key, value } of Object.values(c.root as Record<string, { key: string; value: unknown }>)) if (value !== undefined) attr[key] = value;
  }
  return { attr };
}

const hasHyperlink = (c: Raw) => (c.root as Raw[]).some((child) => typeof child === "object" && child?.rootKey === "w:externalHyperlink");

/**
 * One component as docx's prepForXml + stringifier would write it, walking the plain components directly
 * (most of a paragraph: properties, runs, attributes) and leaving every component with its own prepForXml to
 * docx. Undefined when docx leaves the component out.
 */
function itemOf(c: Raw, context: Context): Item | undefined {
  const prep = c.prepForXml;
  if (prep === own.attributes) return attributeItem(c, "attributes");
  if (prep === own.next) return attributeItem(c, "next");
  const ignoreIfEmpty = prep === own.ignoreIfEmpty || (prep === own.paragraphProperties && !c.numbering);
  const plain = prep === own.element || ignoreIfEmpty || (prep === own.paragraph && !hasHyperlink(c));
  if (!plain) {
    const formatted = prep.call(c, context);
    if (formatted === undefined) return undefined;
    return "_attr" in formatted && Object.keys(formatted)[0] === "_attr" ? { attr: formatted._attr as Attributes } : { xml: element(formatted) };
  }
  (context as { stack: unknown[] }).stack.push(c);
  const items: Item[] = [];
  for (const child of c.root as unknown[]) {
    if (!isXmlComponent(child)) {
      items.push({ text: valueOf(child) });
      continue;
    }
    const parts = (child as { writtenAs?: Raw[] }).writtenAs;
    for (const part of parts ?? [child as unknown as Raw]) {
      const item = itemOf(part, context);
      if (item !== undefined) items.push(item);
    }
  }
  (context as { stack: unknown[] }).stack.pop();
  const name = c.rootKey;
  if (items.length === 0) return ignoreIfEmpty && !c.includeIfEmpty ? undefined : { xml: `<${name}/>` };
  const first = items[0]!;
  if (items.length === 1 && "attr" in first) return { xml: `<${name}${attributes(first.attr)}/>` };
  let attrs = "";
  const content: string[] = [""];
  let isText = false;
  for (const item of items) {
    if ("attr" in item) attrs += attributes(item.attr);
    else if ("xml" in item) content.push(item.xml);
    else {
      // As docx's stringifier: text replaces the element written just before it.
      content.pop();
      isText = true;
      content.push(item.text);
    }
  }
  if (!isText) content.push("");
  return { xml: `<${name}${attrs}>${content.join("")}</${name}>` };
}

/** The XML of one docx component (a paragraph, a table), as it appears inside word/document.xml. */
export function componentXml(component: XmlComponent): string {
  const item = itemOf(component as unknown as Raw, { stack: [] } as unknown as Context);
  if (item === undefined) return "";
  if ("xml" in item) return item.xml;
  throw new Error("a component at the top of the document wrote only attributes");
}
