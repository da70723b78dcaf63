/**
 * The child sequences of ISO/IEC 29500-4 (transitional) WordprocessingML, as data, for the elements tongbao
 * writes, and a checker that walks a part and reports every child out of its schema order, every child the
 * schema does not allow there and every required child missing. Word refuses such files ("unreadable
 * content") where LibreOffice forgives them. Children in a namespace the part lists in mc:Ignorable are
 * skipped, as Word skips them.
 *
 * Orders transcribed from the schema's complex types (wml.xsd): CT_PPrBase + CT_PPr, EG_RPrBase + CT_RPr /
 * CT_ParaRPr, CT_TblPrBase, CT_TrPrBase (a choice: any order), CT_TcPr, CT_SectPr, CT_Tbl, CT_Row, CT_Tc,
 * CT_Body, CT_P, CT_R, CT_TblGrid, CT_TblBorders, CT_TcBorders, CT_TblCellMar, CT_PBdr, CT_NumPr, CT_HdrFtr,
 * CT_Styles, CT_Style, CT_DocDefaults, CT_Settings, CT_Compat, CT_Fonts, CT_Numbering, CT_AbstractNum, CT_Lvl, CT_Num,
 * CT_Footnotes, CT_FtnEdn.
 */
import { XMLParser } from "fast-xml-parser";

const RPR_BASE = [
  "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
  "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
  "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
  "specVanish", "oMath",
];
const PPR_BASE = [
  "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
  "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
  "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
  "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
];
const TBLPR_BASE = [
  "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
  "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription",
];
const TRPR_BASE = ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"];
const TCPR = [
  "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText",
  "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange",
];
const HDR_FTR_REFS = ["headerReference", "footerReference"];
const SECTPR_CONTENTS = [
  "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols",
  "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
  "sectPrChange",
];
/** EG_BlockLevelElts as tongbao can meet them (paragraphs, tables, structured tags, range markup). */
const BLOCK = ["p", "tbl", "sdt", "customXml", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd"];
/** EG_PContent and range markup: what may follow a paragraph's pPr, in any order. */
const P_CONTENT = ["r", "hyperlink", "fldSimple", "bookmarkStart", "bookmarkEnd", "proofErr", "ins", "del", "smartTag", "sdt", "customXml", "commentRangeStart", "commentRangeEnd", "permStart", "permEnd", "m:oMath", "m:oMathPara"];
/** EG_RunInnerContent: what may follow a run's rPr, in any order. */
const RUN_CONTENT = [
  "br", "t", "contentPart", "delText", "instrText", "delInstrText", "noBreakHyphen", "softHyphen", "dayShort",
  "monthShort", "yearShort", "dayLong", "monthLong", "yearLong", "annotationRef", "footnoteRef", "endnoteRef",
  "separator", "continuationSeparator", "sym", "pgNum", "cr", "tab", "object", "pict", "fldChar", "ruby",
  "footnoteReference", "endnoteReference", "commentReference", "drawing", "ptab", "lastRenderedPageBreak",
];
const BORDERS = ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"];
const SETTINGS = [
  "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
  "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData",
  "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
  "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
  "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles",
  "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
  "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme",
  "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
  "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
  "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
  "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
  "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
  "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars",
  "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
  "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly",
  "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields",
  "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "m:mathPr", "attachedSchema",
  "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
  "captions", "readModeInkLockDown", "smartTagType", "sl:schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
  "decimalSymbol", "listSeparator",
];
const COMPAT = [
  "useSingleBorderforContiguousCells", "wpJustification", "noTabHangInd", "noLeading", "spaceForUL", "noColumnBalance",
  "balanceSingleByteDoubleByteWidth", "noExtraLineSpacing", "doNotLeaveBackslashAlone", "ulTrailSpace",
  "doNotExpandShiftReturn", "spacingInWholePoints", "lineWrapLikeWord6", "printBodyTextBeforeHeader", "printColBlack",
  "wpSpaceWidth", "showBreaksInFrames", "subFontBySize", "suppressBottomSpacing", "suppressTopSpacing",
  "suppressSpacingAtTopOfPage", "suppressTopSpacingWP", "suppressSpBfAfterPgBrk", "swapBordersFacingPages",
  "convMailMergeEsc", "truncateFontHeightsLikeWP6", "mwSmallCaps", "usePrinterMetrics", "doNotSuppressParagraphBorders",
  "wrapTrailSpaces", "footnoteLayoutLikeWW8", "shapeLayoutLikeWW8", "alignTablesRowByRow", "forgetLastTabAlignment",
  "adjustLineHeightInTable", "autoSpaceLikeWord95", "noSpaceRaiseLower", "doNotUseHTMLParagraphAutoSpacing",
  "layoutRawTableWidth", "layoutTableRowsApart", "useWord97LineBreakRules", "doNotBreakWrappedTables",
  "doNotSnapToGridInCell", "selectFldWithFirstOrLastChar", "applyBreakingRules", "doNotWrapTextWithPunct",
  "doNotUseEastAsianBreakRules", "useWord2002TableStyleRules", "growAutofit", "useFELayout", "useNormalStyleForList",
  "doNotUseIndentAsNumberingTabStop", "useAltKinsokuLineBreakRules", "allowSpaceOfSameStyleInTable",
  "doNotSuppressIndentation", "doNotAutofitConstrainedTables", "autofitToFirstFixedWidthCell",
  "underlineTabInNumList", "displayHangulFixedWidth", "splitPgBreakAndParaMark", "doNotVertAlignCellWithSp",
  "doNotBreakConstrainedForcedTable", "doNotVertAlignInTxbx", "useAnsiKerningPairs", "cachedColBandSize", "compatSetting",
];
const STYLE = [
  "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden", "unhideWhenUsed",
  "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr",
  "tblStylePr",
];
const FONT = ["altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig", "embedRegular", "embedBold", "embedItalic", "embedBoldItalic"];

/**
 * One rule: `seq` is a sequence of slots, each slot one element name or a group (names that may come in any
 * order and repeat, at that position). `required` are children that must be present.
 */
export interface Sequence {
  seq: (string | string[])[];
  required?: string[];
  /** At least one child among these (CT_Tc needs a block-level element). */
  oneOf?: string[];
}
const slots = (names: string[]): string[] => names;

/** Element name (without the w: prefix) → its children in schema order. Unlisted elements are not checked. */
export const SEQUENCES: Record<string, Sequence> = {
  document: { seq: ["background", "body"] },
  body: { seq: [BLOCK, "sectPr"] },
  p: { seq: ["pPr", P_CONTENT] },
  r: { seq: ["rPr", RUN_CONTENT] },
  pPr: { seq: [...slots(PPR_BASE), "rPr", "sectPr", "pPrChange"] },
  rPr: { seq: ["ins", "del", "moveFrom", "moveTo", ...slots(RPR_BASE), "rPrChange"] },
  tbl: { seq: [BLOCK.filter((b) => b.startsWith("bookmark")), "tblPr", "tblGrid", ["tr", "customXml", "sdt", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd"]], required: ["tblPr", "tblGrid"] },
  tblPr: { seq: [...slots(TBLPR_BASE), "tblPrChange"] },
  tblGrid: { seq: [["gridCol"], "tblGridChange"] },
  tr: { seq: ["tblPrEx", "trPr", ["tc", "customXml", "sdt", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd"]] },
  trPr: { seq: [TRPR_BASE, "ins", "del", "trPrChange"] },
  tc: { seq: ["tcPr", BLOCK], oneOf: ["p", "tbl"] },
  tcPr: { seq: slots(TCPR) },
  tblBorders: { seq: slots(BORDERS) },
  tcBorders: { seq: [...slots(BORDERS), "tl2br", "tr2bl"] },
  tblCellMar: { seq: ["top", "left", "start", "bottom", "right", "end"] },
  tcMar: { seq: ["top", "left", "start", "bottom", "right", "end"] },
  pBdr: { seq: ["top", "left", "bottom", "right", "between", "bar"] },
  numPr: { seq: ["ilvl", "numId", "numberingChange", "ins"] },
  tabs: { seq: [["tab"]] },
  sectPr: { seq: [HDR_FTR_REFS, ...slots(SECTPR_CONTENTS)] },
  ftr: { seq: [BLOCK], oneOf: ["p", "tbl"] },
  hdr: { seq: [BLOCK], oneOf: ["p", "tbl"] },
  styles: { seq: ["docDefaults", "latentStyles", ["style"]] },
  docDefaults: { seq: ["rPrDefault", "pPrDefault"] },
  rPrDefault: { seq: ["rPr"] },
  pPrDefault: { seq: ["pPr"] },
  style: { seq: slots(STYLE) },
  latentStyles: { seq: [["lsdException"]] },
  settings: { seq: slots(SETTINGS) },
  compat: { seq: [...slots(COMPAT.slice(0, -1)), ["compatSetting"]] },
  fonts: { seq: [["font"]] },
  numbering: { seq: [["numPicBullet"], ["abstractNum"], ["num"], "numIdMacAtCleanup"] },
  abstractNum: { seq: ["nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", ["lvl"]] },
  lvl: { seq: ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"] },
  num: { seq: ["abstractNumId", ["lvlOverride"]], required: ["abstractNumId"] },
  lvlOverride: { seq: ["startOverride", "lvl"] },
  footnotes: { seq: [["footnote"]] },
  endnotes: { seq: [["endnote"]] },
  footnote: { seq: [BLOCK] },
  endnote: { seq: [BLOCK] },
  font: { seq: slots(FONT) },
};

type Node = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false, trimValues: false });

const tagOf = (node: Node): string | undefined => Object.keys(node).find((k) => k !== ":@" && k !== "#text" && !k.startsWith("?"));
const local = (tag: string): string => (tag.startsWith("w:") ? tag.slice(2) : tag);

/** A child's slot index in a sequence, or -1 when the sequence has no place for it. */
function slotOf(seq: Sequence["seq"], name: string): number {
  return seq.findIndex((slot) => (Array.isArray(slot) ? slot.includes(name) : slot === name));
}

/**
 * Every ordering problem in one XML part: `path: <w:x> after <w:y>` for a child out of order, `unexpected` for a
 * child the schema does not allow there, `missing` for a required child absent.
 */
export function orderProblems(xml: string, part = "part"): string[] {
  const problems: string[] = [];
  const roots = parser.parse(xml) as Node[];
  const root = roots.find((n) => tagOf(n) !== undefined);
  if (!root) return [`${part}: no root element`];
  const attrs = (root[":@"] ?? {}) as Record<string, string>;
  const ignorable = new Set((attrs["@_mc:Ignorable"] ?? "").split(/\s+/).filter(Boolean));
  const skip = (tag: string): boolean => {
    const prefix = tag.includes(":") ? tag.slice(0, tag.indexOf(":")) : "";
    return ignorable.has(prefix) || prefix === "mc";
  };
  const walk = (node: Node, path: string): void => {
    const tag = tagOf(node)!;
    const children = ((node[tag] as Node[]) ?? []).filter((c) => tagOf(c) !== undefined && !skip(tagOf(c)!));
    const rule = tag.startsWith("w:") ? SEQUENCES[local(tag)] : undefined;
    const here = `${path}/${tag}`;
    if (rule) {
      let last = -1;
      let lastName = "";
      for (const child of children) {
        const name = tagOf(child)!;
        const key = name.startsWith("w:") ? local(name) : name;
        const at = slotOf(rule.seq, key);
        if (at < 0) problems.push(`${here}: unexpected <${name}>`);
        else if (at < last || (at === last && !Array.isArray(rule.seq[at]))) problems.push(`${here}: <${name}> after <w:${lastName}>`);
        else [last, lastName] = [at, key];
      }
      const names = new Set(children.map((c) => local(tagOf(c)!)));
      for (const r of rule.required ?? []) if (!names.has(r)) problems.push(`${here}: missing <w:${r}>`);
      if (rule.oneOf && !rule.oneOf.some((r) => names.has(r))) problems.push(`${here}: needs one of ${rule.oneOf.map((r) => `<w:${r}>`).join(", ")}`);
    }
    children.forEach((c) => walk(c, here));
  };
  walk(root, part);
  return problems;
}
