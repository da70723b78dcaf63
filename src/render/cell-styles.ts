import { AlignmentType, type IParagraphStyleOptions } from "docx";
import type { Align } from "../outline.js";
import { fontsOf, type Face } from "./fonts.js";
import { cellLine, cellStyleId } from "./grid.js";
import { exact } from "./lines.js";
import { SIZE } from "./page.js";

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * Paragraph styles for table cells (小四 and 四号 × 仿宋/黑体 × left/centre/right). Cells reference a style
 * instead of repeating fonts, which keeps the hand-built XML of large tables small.
 */
export function cellStyles(): IParagraphStyleOptions[] {
  const styles: IParagraphStyleOptions[] = [];
  for (const size of [SIZE.小四, SIZE.四号]) {
    for (const face of ["fangsong", "heiti"] as Face[]) {
      for (const align of ["left", "center", "right"] as Align[]) {
        const id = cellStyleId(size, face, align);
        styles.push({
          id,
          name: id,
          basedOn: "Normal",
          paragraph: { alignment: ALIGN[align], spacing: exact(cellLine(size)), indent: { left: 0, right: 0, firstLine: 0 } },
          run: { font: fontsOf(face), size, snapToGrid: false },
        });
      }
    }
  }
  return styles;
}
