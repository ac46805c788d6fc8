// Fault tests measure each call: how it settled and how long it took, to assert a deadline rather than hope for one.

export interface Settled<T> {
  value?: T;
  error?: unknown;
  elapsedMs: number;
}

/** Awaits `call` and reports its outcome and elapsed time; never rejects. */
export async function settleTimed<T>(call: Promise<T>): Promise<Settled<T>> {
  const started = performance.now();
  try {
    const value = await call;
    return { value, elapsedMs: performance.now() - started };
  } catch (error) {
    return { error, elapsedMs: performance.now() - started };
  }
}
