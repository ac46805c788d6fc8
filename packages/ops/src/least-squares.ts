// The least-squares line through a series of points: how the memory audit and the capacity report turn samples into
// growth rates, so that one noisy sample moves the rate less than a first-to-last difference would, and how sure
// that rate is (its standard error), so that noise is not taken for a trend.

export interface LineFit {
  /** dy/dx of the least-squares line. */
  slope: number;
  /**
   * The slope's standard error (the residuals' spread over the spread of x); 0 for points exactly on a line, NaN
   * for two points (no residual degree of freedom).
   */
  slopeError: number;
}

/** The least-squares line through the points; null with fewer than two distinct x. */
export function leastSquaresFit(points: readonly (readonly [x: number, y: number])[]): LineFit | null {
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
  if (variance === 0) return null;
  const slope = covariance / variance;
  const residuals = points.reduce((sum, [x, y]) => sum + (y - meanY - slope * (x - meanX)) ** 2, 0);
  return { slope, slopeError: Math.sqrt(residuals / (n - 2) / variance) };
}

/** dy/dx of the least-squares line through the points; null with fewer than two distinct x. */
export function leastSquaresSlope(points: readonly (readonly [x: number, y: number])[]): number | null {
  return leastSquaresFit(points)?.slope ?? null;
}
