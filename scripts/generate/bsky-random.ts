// Seeded randomness for the generators: sfc32 (fast, 128-bit state, good enough for synthetic data) seeded from
// a string through cyrb128, so that `--seed` and every derived key ("<seed>/did/42") give the same stream again.

/** cyrb128: four 32-bit words from a string. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: string) {
    [this.#a, this.#b, this.#c, this.#d] = cyrb128(seed);
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Log-normal: the median, and sigma of the underlying normal. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * normal);
  }

  /** 0, 1, 2, … with P(k) = (1 - p)^k p. */
  geometric(p: number): number {
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }
}

/** Picks from fixed choices with fixed weights (they need not sum to 1). */
export class Weighted<T> {
  readonly #items: T[];
  readonly #cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    let total = 0;
    this.#items = entries.map(([item]) => item);
    this.#cumulative = entries.map(([, weight]) => {
      total += weight;
      return total;
    });
  }

  pick(random: Random): T {
    const target = random.next() * (this.#cumulative.at(-1) ?? 0);
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#cumulative[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return this.#items[low] as T;
  }
}

/** Ranks 0..n-1 with P(k) ∝ 1 / (k + 1)^s: a few ranks get most of the draws. */
export class Zipf {
  readonly #cdf: Float64Array;

  constructor(n: number, s: number) {
    this.#cdf = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / (k + 1) ** s;
      this.#cdf[k] = total;
    }
    for (let k = 0; k < n; k++) this.#cdf[k] = (this.#cdf[k] as number) / total;
  }

  sample(random: Random): number {
    const target = random.next();
    let low = 0;
    let high = this.#cdf.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#cdf[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
