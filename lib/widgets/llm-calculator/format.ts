const PREFIXES: ReadonlyArray<[number, string]> = [
  [1e18, 'E'],
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** A quantity with an SI prefix and three significant digits: 1_342_177_280 B → "1.34 GB". */
export function formatSi(n: number, unit: string): string {
  for (const [size, prefix] of PREFIXES) {
    if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(3))} ${prefix}${unit}`;
  }
  return `${Number(n.toPrecision(3))} ${unit}`;
}

/** A parameter count: 46_702_526_464 → "46.7B" (billions as the model cards write them). */
export function formatParams(n: number): string {
  if (Math.abs(n) >= 1e12) return `${Number((n / 1e12).toPrecision(3))}T`;
  if (Math.abs(n) >= 1e9) return `${Number((n / 1e9).toPrecision(3))}B`;
  if (Math.abs(n) >= 1e6) return `${Number((n / 1e6).toPrecision(3))}M`;
  return String(n);
}

/** A duration in ms or µs with three significant digits. */
export function formatSeconds(s: number): string {
  if (s >= 1) return `${Number(s.toPrecision(3))} s`;
  if (s >= 1e-3) return `${Number((s * 1e3).toPrecision(3))} ms`;
  return `${Number((s * 1e6).toPrecision(3))} µs`;
}

/** A plain number with three significant digits (no exponent below 1e21). */
export function formatPlain(x: number): string {
  return String(Number(x.toPrecision(3)));
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A large quantity in scientific notation with three significant digits: 1.53e23 → "1.53 × 10²³ FLOP". */
export function formatScientific(x: number, unit: string): string {
  if (x === 0) return `0 ${unit}`;
  const [mantissa, exponent] = x.toExponential(2).split('e');
  const power = String(Number(exponent)).replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
  return `${Number(mantissa)} × 10${power} ${unit}`;
}

/** "1 token", "16 tokens". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
