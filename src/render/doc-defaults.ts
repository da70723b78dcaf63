/**
 * Paragraph defaults npm `docx` cannot write: autoSpaceDE and autoSpaceDN off, so neither Word nor LibreOffice
 * puts a gap between CJK text and Latin letters or digits (`58号`, not `58 号`). Official documents set none.
 * Inserted first in the docDefaults pPr, where the schema's element order puts them before w:spacing.
 */
export function withoutAutoSpace(stylesXml: string): string {
  const flags = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
  if (stylesXml.includes("<w:pPrDefault><w:pPr>")) return stylesXml.replace("<w:pPrDefault><w:pPr>", `<w:pPrDefault><w:pPr>${flags}`);
  return stylesXml.replace("</w:rPrDefault>", `</w:rPrDefault><w:pPrDefault><w:pPr>${flags}</w:pPr></w:pPrDefault>`);
}
