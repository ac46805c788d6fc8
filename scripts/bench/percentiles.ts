/** Sorts samples in place (ascending) and returns them. */
export function sortSamples(samples: Float64Array): Float64Array {
  return samples.sort();
}

/** All samples of several arrays in one. */
export function concatSamples(parts: Float64Array[]): Float64Array {
  const all = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
