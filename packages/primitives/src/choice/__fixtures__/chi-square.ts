/** Pearson's chi-square statistic of observed counts against expected probabilities. */
export function chiSquare(observed: readonly number[], probabilities: readonly number[]): number {
  const total = observed.reduce((sum, count) => sum + count, 0);
  return observed.reduce((sum, count, index) => {
    const expected = total * probabilities[index]!;
    return sum + (count - expected) ** 2 / expected;
  }, 0);
}

/**
 * The chi-square value a correct sampler exceeds with probability 0.001, for `degreesOfFreedom`
 * (Wilson–Hilferty approximation, within 1% of table values for df ≥ 3; z = 3.0902 is the 0.999 normal quantile).
 */
export function chiSquareCritical999(degreesOfFreedom: number): number {
  const k = degreesOfFreedom;
  return k * (1 - 2 / (9 * k) + 3.0902 * Math.sqrt(2 / (9 * k))) ** 3;
}
