import { PageOrientation, SectionType, type ISectionOptions } from "docx";
import { blankFooters, footers, landscapeFooters } from "./footers.js";
import { LINE, PAGE, TYPE_AREA } from "./page.js";

/** Type-area width of a section: 156 mm portrait, 225 mm landscape. */
export function areaWidth(landscape: boolean): number {
  return landscape ? TYPE_AREA.height : TYPE_AREA.width;
}

/** Type-area height of a section: 225 mm portrait, 156 mm landscape. */
export function areaHeight(landscape: boolean): number {
  return landscape ? TYPE_AREA.width : TYPE_AREA.height;
}

export interface SectionOptions {
  landscape?: boolean;
  /** The document's first section: no break type. */
  first?: boolean;
  /** Start on the next even page (LibreOffice and Word insert a blank odd page when needed). */
  evenPage?: boolean;
  /** Page numbers in the footers; false gives explicitly empty footers. */
  numbered?: boolean;
}

/**
 * A section on A4 with the GB/T 9704 margins and both footers. Landscape passes the portrait size plus
 * `orientation` (docx swaps it once itself) and turns the margins with the page, so the 版心 stays put; its page
 * numbers turn with it.
 */
export function section(children: ISectionOptions["children"], options: SectionOptions = {}): ISectionOptions {
  const { landscape = false, first = false, evenPage = false, numbered = true } = options;
  // Turned with the table head to the 订口 (GB/T 9704 §8): top ← 订口, left ← the paper's foot, right ← its head.
  const margin = landscape
    ? { top: PAGE.left, bottom: PAGE.right, left: PAGE.bottom, right: PAGE.top }
    : { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right };
  return {
    properties: {
      ...(first ? {} : { type: evenPage ? SectionType.EVEN_PAGE : SectionType.NEXT_PAGE }),
      page: {
        size: { width: PAGE.width, height: PAGE.height, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
        margin: { ...margin, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
      },
      // No grid type: with type="lines" LibreOffice snaps every line (titles, table rows) to 579.
      grid: { linePitch: LINE },
    },
    footers: !numbered ? blankFooters() : landscape ? landscapeFooters() : footers(),
    children,
  };
}
