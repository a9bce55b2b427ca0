/**
 * Fractions (non-negative, any positive total) as percentages with two decimals that sum to exactly
 * 100, by the largest-remainder method on hundredths of a percent: each share is floored, and the
 * hundredths still missing go to the shares with the largest remainders (ties to the lower index).
 * A share that is exactly 0 stays 0, so rounding never adds an ingredient.
 *
 * @example
 * ```ts
 * roundPercentages([1, 1, 1]); // [33.34, 33.33, 33.33]
 * ```
 */
export function roundPercentages(fractions: ArrayLike<number>): number[] {
  let total = 0;
  for (let index = 0; index < fractions.length; index += 1) total += fractions[index]!;
  const units = new Array<number>(fractions.length);
  const remainders = new Array<number>(fractions.length);
  let assigned = 0;
  for (let index = 0; index < fractions.length; index += 1) {
    const scaled = (fractions[index]! / total) * 10000;
    units[index] = Math.floor(scaled);
    remainders[index] = fractions[index]! > 0 ? scaled - units[index]! : -Infinity;
    assigned += units[index]!;
  }
  for (let missing = 10000 - assigned; missing > 0; missing -= 1) {
    let largest = 0;
    for (let index = 1; index < fractions.length; index += 1) if (remainders[index]! > remainders[largest]!) largest = index;
    units[largest] = units[largest]! + 1;
    remainders[largest] = -1;
  }
  return units.map((unit) => unit / 100);
}
