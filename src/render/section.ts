import { PageOrientation, SectionType, type ISectionOptions } from "docx";
import { footers } from "./footers.js";
import { LINE, PAGE, TYPE_AREA } from "./page.js";

/** Type-area width of a section: 156 mm portrait, 225 mm landscape. */
export function areaWidth(landscape: boolean): number {
  return landscape ? TYPE_AREA.height : TYPE_AREA.width;
}

/**
 * A section on A4 with the GB/T 9704 margins and both footers. Landscape passes the portrait size plus
 * `orientation` (docx swaps it once itself) and turns the margins with the page, so the 版心 stays put.
 */
export function section(children: ISectionOptions["children"], landscape = false, first = false): ISectionOptions {
  const margin = landscape
    ? { top: PAGE.left, bottom: PAGE.right, left: PAGE.top, right: PAGE.bottom }
    : { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right };
  return {
    properties: {
      ...(first ? {} : { type: SectionType.NEXT_PAGE }),
      page: {
        size: { width: PAGE.width, height: PAGE.height, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
        margin: { ...margin, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
      },
      // No grid type: with type="lines" LibreOffice snaps every line (titles, table rows) to 579.
      grid: { linePitch: LINE },
    },
    footers: footers(),
    children,
  };
}
