// Fits each model's weight on its own (w_m = Σ x_m·y / Σ x_m²), ignoring how the models' predictions correlate.
export function fitStacker(oof: number[][], y: number[]): number[] {
  return oof[0].map((_, m) => {
    let xy = 0;
    let xx = 0;
    oof.forEach((row, s) => {
      xy += row[m] * y[s];
      xx += row[m] * row[m];
    });
    return xy / xx;
  });
}
