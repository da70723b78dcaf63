/**
 * GB/T 9704-2012 page geometry in twips (1 pt = 20 twips), hard-coded: convertMillimetersToTwip floors.
 * A4 11906 × 16838; 版心 156 × 225 mm at 天头 37 mm and 订口 28 mm.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 2098,
  bottom: 1984,
  left: 1588,
  right: 1474,
  header: 851,
  /** Paper edge to the bottom of the footer box: puts the page-number dash ≈ 7 mm below the 版心. */
  footer: 1418,
} as const;

/** 版心 width and height (portrait). In a landscape section they trade places. */
export const TYPE_AREA = { width: PAGE.width - PAGE.left - PAGE.right, height: PAGE.height - PAGE.top - PAGE.bottom } as const;

/** Exact line pitch: 22 × 579 = 12738 ≤ 12756, the largest pitch that keeps 22 lines. */
export const LINE = 579;

/** Character spacing on 三号 runs (−0.25 pt) so that 28 characters fit a line. */
export const SPACING_3 = -5;

/** One 字 at 三号 with SPACING_3 applied, and one 字 at 四号 (no spacing). */
export const CHAR = 315;
export const CHAR_4 = 280;

/** Half-point sizes of the 字号 used here. */
export const SIZE = { 初号: 84, 小初: 72, 一号: 52, 二号: 44, 三号: 32, 四号: 28, 小四: 24 } as const;

/** Red of the 版头. */
export const RED = "FF0000";
