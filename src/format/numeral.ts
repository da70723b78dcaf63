/** Chinese numerals for section numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return `${DIGITS[hundreds]}百`;
  const restText = rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
  return `${DIGITS[hundreds]}百${restText}`;
}

/** The heading number of a level: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`. */
export function headingNumber(level: 1 | 2 | 3 | 4, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}
