/** A parameter count for people: three significant digits with K, M, B or T (7_415_600_000 → "7.42B"). */
export function formatCount(n: number): string {
  const units: ReadonlyArray<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(3))}${suffix}`;
  }
  return String(n);
}

/** A probability or weight with a fixed number of decimals, so columns line up. */
export function formatWeight(x: number, digits = 3): string {
  return x.toFixed(digits);
}
