// The least-squares slope of a series of points: how the memory audit and the capacity report turn samples into
// growth rates, so that one noisy sample moves the rate less than a first-to-last difference would.

/** dy/dx of the least-squares line through the points; null with fewer than two distinct x. */
export function leastSquaresSlope(points: readonly (readonly [x: number, y: number])[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  return variance === 0 ? null : covariance / variance;
}
