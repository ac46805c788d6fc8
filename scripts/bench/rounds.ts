// Side by side in one run: Sluice and the peers users would pick instead take turns, round after round, so drift and
// noise of a shared machine land on all of them alike. A bench reports the median of each one's rounds.
import { median } from "./median.ts";

export const DEFAULT_ROUNDS = 3;

/**
 * Runs every entry of `runs` once per round, `rounds` times; the order rotates each round (a, b, c; b, c, a; ...),
 * so no one always goes first. Returns each entry's results in round order.
 */
export async function inRounds<T, K extends string>(
  rounds: number,
  runs: Record<K, (round: number) => Promise<T>>,
  log: (line: string) => void = console.log,
): Promise<Record<K, T[]>> {
  const names = Object.keys(runs) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as K;
      log(`round ${round + 1} of ${rounds}: ${name}`);
      results[name].push(await runs[name](round));
    }
  }
  return results;
}

/** The median over rounds of one figure. */
export function medianOf<T>(results: T[], figure: (result: T) => number): number {
  return median(results.map(figure));
}

/** The median over rounds of a ratio taken within each round (a's figure over b's), as pairs are compared. */
export function medianRatio<A, B>(a: A[], b: B[], figure: (a: A, b: B) => number): number {
  return median(a.map((result, i) => figure(result, b[i] as B)));
}
