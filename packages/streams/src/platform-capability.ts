// The platform's own streams (request streams, the frame pipeline's, the audit log) are written only by the
// platform: a Producer writes a stream its catalog marks reserved only when it was built with a capability covering
// that stream. Front doors' producers are built without one, so a caller can reach a reserved stream only through
// the platform path that owns it (POST /v1/requests/{route} for rr.*, frame ingest for frames.input), whatever
// scopes its credentials carry. Holding a capability is a matter of code, reviewed where a producer is built.

const CAPABILITY = Symbol("sluice.platformCapability");

export interface PlatformCapability {
  readonly [CAPABILITY]: true;
  /** Exact stream names, or prefixes followed by `*`. */
  readonly streams: readonly string[];
}

/** The right to write reserved streams: exact names or `<prefix>*` patterns (`rr.*`). */
export function platformCapability(...streams: string[]): PlatformCapability {
  return Object.freeze({ [CAPABILITY]: true as const, streams: Object.freeze([...streams]) });
}

export function capabilityCovers(capability: PlatformCapability | undefined, stream: string): boolean {
  return (
    capability?.[CAPABILITY] === true &&
    capability.streams.some((pattern) =>
      pattern.endsWith("*") ? stream.startsWith(pattern.slice(0, -1)) : pattern === stream,
    )
  );
}
