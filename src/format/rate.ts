/**
 * Rates as exact fractions and their printed form per the input contract: one decimal (95.2%),
 * `100%` only when exact, `0%` only when nothing passed, otherwise as many decimals as it takes not
 * to print 100.0% or 0.0% (99.97%).
 */

/** An exact rate: numerator over denominator. A zero denominator means "no rate". */
export interface Fraction {
  num: number;
  den: number;
}

export const fraction = (num: number, den: number): Fraction => ({ num, den });

/** `value` scaled by 10^decimals and rounded half-up, exactly (BigInt arithmetic). */
function scaledPercent(num: bigint, den: bigint, decimals: number): bigint {
  const scale = 10n ** BigInt(decimals + 2);
  const neg = num * den < 0n;
  const n = (num < 0n ? -num : num) * scale;
  const d = den < 0n ? -den : den;
  const q = (n * 2n + d) / (2n * d);
  return neg ? -q : q;
}

function printScaled(value: bigint, decimals: number): string {
  const neg = value < 0n;
  const abs = (neg ? -value : value).toString().padStart(decimals + 1, "0");
  const int = abs.slice(0, abs.length - decimals);
  const frac = abs.slice(abs.length - decimals);
  return `${neg ? "-" : ""}${int}${decimals > 0 ? `.${frac}` : ""}`;
}

/**
 * The percentage number (without `%`) of num/den with at least one decimal, more when one decimal
 * would round an inexact value to a round bound (0.0 or 100.0, or any integer when `avoidZero`).
 */
function percentDigits(num: bigint, den: bigint, isBound: (v: bigint, scale: bigint) => boolean): string {
  // Stryker disable next-line EqualityOperator: at 30 decimals the loop and the line after it print the same
  for (let decimals = 1; decimals < 30; decimals++) {
    const v = scaledPercent(num, den, decimals);
    if (!isBound(v, 10n ** BigInt(decimals))) return printScaled(v, decimals);
  }
  return printScaled(scaledPercent(num, den, 30), 30);
}

/** 合格率 and every other share: `95.2%`, `100%`, `0%`, `99.97%`; `—` when the denominator is 0. */
export function formatRate(r: Fraction): string {
  if (r.den === 0) return "—";
  if (r.num === r.den) return "100%";
  if (r.num === 0) return "0%";
  const num = BigInt(r.num);
  const den = BigInt(r.den);
  return `${percentDigits(num, den, (v, s) => v === 0n || v === 100n * s)}%`;
}


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
  const digits = percentDigits(abs, den, (v) => v === 0n);
  // Stryker disable next-line EqualityOperator: diff is not 0 here (持平 returned above)
  return `${diff > 0n ? "提高" : "下降"}${digits}个百分点`;
}
