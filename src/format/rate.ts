/**
 * Rates as exact fractions and their printed form per the input contract: at most 合格率小数位数
 * decimals (default 1) with trailing zeros dropped (88%, 95.2%, 97.33%), `100%` only when exact,
 * `0%` only when nothing passed, otherwise as many decimals as it takes not to print 100% or 0%
 * (99.97%). 抽查比例 prints the same way with no decimals (38%).
 */

/** An exact rate: numerator over denominator. A zero denominator means "no rate". */
export interface Fraction {
  num: number;
  den: number;
}

export const fraction = (num: number, den: number): Fraction => ({ num, den });

/** The decimals 合格率小数位数 allows. */
export const RATE_DECIMALS = [0, 1, 2] as const;
export type RateDecimals = (typeof RATE_DECIMALS)[number];
export const DEFAULT_RATE_DECIMALS: RateDecimals = 1;

/** `value` scaled by 10^decimals and rounded half-up, exactly (BigInt arithmetic). */
function scaledPercent(num: bigint, den: bigint, decimals: number): bigint {
  const scale = 10n ** BigInt(decimals + 2);
  const neg = num * den < 0n;
  const n = (num < 0n ? -num : num) * scale;
  const d = den < 0n ? -den : den;
  const q = (n * 2n + d) / (2n * d);
  return neg ? -q : q;
}

function printScaled(value: bigint, decimals: number, trim: boolean): string {
  const neg = value < 0n;
  const abs = (neg ? -value : value).toString().padStart(decimals + 1, "0");
  const int = abs.slice(0, abs.length - decimals);
  let frac = abs.slice(abs.length - decimals);
  if (trim) frac = frac.replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/**
 * The percentage number (without `%`) of num/den with `decimals` decimals, more when that many would
 * round an inexact value to a bound (0 or 100, or any integer for a percentage-point change).
 */
  // Stryker disable next-line EqualityOperator: at 30 decimals the loop and the line after it print the same
function percentDigits(num: bigint, den: bigint, decimals: number, trim: boolean, isBound: (v: bigint, scale: bigint) => boolean): string {
  for (let d = decimals; d < 30; d++) {
    const v = scaledPercent(num, den, d);
    if (!isBound(v, 10n ** BigInt(d))) return printScaled(v, d, trim);
  }
  return printScaled(scaledPercent(num, den, 30), 30, trim);
}

/**
 * 合格率 and every other share: `95.2%`, `90%`, `100%`, `0%`, `99.97%`; `—` when the denominator is 0.
 * `decimals` is the most a rate prints (合格率小数位数); trailing zeros are dropped.
 */
export function formatRate(r: Fraction, decimals: number = DEFAULT_RATE_DECIMALS): string {
  if (r.den === 0) return "—";
  if (r.num === r.den) return "100%";
  if (r.num === 0) return "0%";
  return `${percentDigits(BigInt(r.num), BigInt(r.den), decimals, true, (v, s) => v === 0n || v === 100n * s)}%`;
}

/** 抽查比例: a whole percent (38%), by the same rule near 0% and 100%. */
export const formatShare = (r: Fraction): string => formatRate(r, 0);

/** Whether two fractions are the same rate exactly (1/2 and 2/4 are). */
export const sameRate = (a: Fraction, b: Fraction): boolean => BigInt(a.num) * BigInt(b.den) === BigInt(b.num) * BigInt(a.den);

/**
 * Percentage-point change from `before` to `now`: `提高2.3个百分点`, `下降0.5个百分点`, `持平`.
 * A non-zero change that would print 0.0 keeps more decimals.
 */
export function formatPointChange(now: Fraction, before: Fraction): string {
  if (now.den === 0 || before.den === 0) return "—";
  const diff = BigInt(now.num) * BigInt(before.den) - BigInt(before.num) * BigInt(now.den);
  if (diff === 0n) return "持平";
  const den = BigInt(now.den) * BigInt(before.den);
  // Stryker disable next-line EqualityOperator: diff is not 0 here (持平 returned above)
  const abs = diff < 0n ? -diff : diff;
  const digits = percentDigits(abs, den, 1, false, (v) => v === 0n);
  // Stryker disable next-line EqualityOperator: diff is not 0 here (持平 returned above)
  return `${diff > 0n ? "提高" : "下降"}${digits}个百分点`;
}
