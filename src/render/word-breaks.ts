/**
 * Where a line of Chinese may break: between words, never inside one. Node's ICU dictionary segmenter
 * (Intl.Segmenter 'zh') finds the words; the notices' own vocabulary refines it where the dictionary errs
 * (全|市政府|网站 → 全市|政府网站, 办公|室 → 办公室, 新|媒体 → 新媒体), runs of single characters it does not know
 * stay together (江|临|市 → 江临市), so do 局, 委, 处… with the name before them, numbers keep their unit (2021年, 第二季度, 7月份), boxes and closing
 * punctuation keep with what they close (购买服务□, 问题）), opening punctuation with what it opens.
 */

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Words of the notices that must not be split, longest first where one contains another. */
const VOCABULARY = [
  "政务新媒体", "政府门户网站", "自治区", "政府网站", "新媒体", "人民政府", "办公室", "办公厅", "领导小组", "委员会", "办事处",
  "管委会", "全市", "全区", "全省", "全县", "全州", "全盟", "全国", "季度", "年度", "月份", "上半年", "下半年",
  "检查情况", "监管情况", "抽查情况", "整改通知单", "检查结果", "政务公开", "信息公开", "突出问题", "扣分问题",
];
/** A number with its unit or ordinal: 2021年, 第二季度, 第3季度, 7月份, 12号, 第12期. */
const NUMBER_WORD = /第?[0-9０-９一二三四五六七八九十百]+(?:年度|年|季度|月份|月|日|期|号|批|次|项|个|家)?/g;
/** Characters that keep with the character before them. */
const KEEP_WITH_BEFORE = "□☑）》”’〕】，。、；：？！%）」』";
/** Characters that keep with the character after them. */
const KEEP_WITH_AFTER = "（《“‘〔【「『";
/** Single-character suffixes of an organisation's name that keep with the word before (商务|局 → 商务局). */
const SUFFIXES = "局委厅处室所站院部会镇乡村";
/** Single-character words the dictionary knows: they may stand alone between names. */
const FUNCTION_WORDS = "和与及或并对在为于的了是把被向从到";

const isHan = (s: string): boolean => /^\p{Script=Han}$/u.test(s);

/** Code-unit offsets (strictly inside `text`) where a line may break, ascending. */
export function wordBreaks(text: string): number[] {
  const segments = [...segmenter.segment(text)];
  const breaks = new Set<number>();
  segments.forEach((s, i) => {
    if (i === 0) return;
    const prev = segments[i - 1]!.segment;
    // Two unknown single characters in a row are taken for a name (江|临|市), unless one is a function word.
    const name = isHan(prev) && isHan(s.segment) && !FUNCTION_WORDS.includes(prev) && !FUNCTION_WORDS.includes(s.segment);
    const suffix = SUFFIXES.includes(s.segment[0]!) && isHan(prev.slice(-1));
    if (!name && !suffix) breaks.add(s.index);
  });
  const kept: [number, number][] = [];
  for (const word of VOCABULARY) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (kept.some(([a, b]) => at >= a && end <= b)) continue;
      kept.push([at, end]);
      breaks.add(at);
      breaks.add(end);
    }
  }
  for (const m of text.matchAll(NUMBER_WORD)) {
    if (m[0].length < 2) continue;
    kept.push([m.index, m.index + m[0].length]);
    breaks.add(m.index);
    breaks.add(m.index + m[0].length);
  }
  for (const m of text.matchAll(/\s+/g)) breaks.add(m.index + m[0].length);
  return [...breaks]
    .filter((at) => at > 0 && at < text.length)
    .filter((at) => !kept.some(([a, b]) => at > a && at < b))
    .filter((at) => !KEEP_WITH_BEFORE.includes(text[at]!) && !KEEP_WITH_AFTER.includes(text[at - 1]!) && !/\s/.test(text[at]!))
    .filter((at) => !(/[0-9A-Za-z]/.test(text[at - 1]!) && /[0-9A-Za-z]/.test(text[at]!)))
    .sort((a, b) => a - b);
}

/**
 * `text` in as few lines of at most `room` 字 (by `width`) as the word breaks allow, balanced: the widest line
 * as narrow as that number of lines permits, ties going to a longer first line. Lines are joined by `\n`;
 * a space at a break ends its line. When a single word is wider than `room` it gets a line of its own (the cell
 * wraps it). Text within `room` comes back unchanged.
 */
export function balancedLines(text: string, room: number, width: (s: string) => number): string {
  if (text.includes("\n") || width(text) <= room) return text;
  const cuts = [0, ...wordBreaks(text), text.length];
  // A space at a break stays at the end of its line (invisible there, kept for copying the text).
  const piece = (a: number, b: number) => text.slice(a, b).trim();
  /** Greedy lines with at most `limit` 字 each, as cut indices; a word wider than `limit` stands alone. */
  const fill = (limit: number): number[] => {
    const lines = [0];
    let start = 0;
    for (let k = 1; k < cuts.length; k++) {
      if (width(piece(cuts[start]!, cuts[k]!)) > limit && k - 1 > start) {
        lines.push(k - 1);
        start = k - 1;
      }
    }
    return lines;
  };
  const count = fill(room).length;
  if (count === 1) return text;
  // The narrowest limit that still gives `count` lines: try each candidate line width, smallest first.
  const widths = new Set<number>();
  for (let a = 0; a < cuts.length; a++) for (let b = a + 1; b < cuts.length; b++) widths.add(width(piece(cuts[a]!, cuts[b]!)));
  const limit = [...widths].filter((w) => w <= room).sort((a, b) => a - b).find((w) => fill(w).length <= count) ?? room;
  const starts = fill(limit);
  return starts.map((s, i) => text.slice(cuts[s]!, cuts[starts[i + 1] ?? cuts.length - 1]!)).join("\n");
}
