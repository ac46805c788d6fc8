import { toStreamsError } from "@sluice/streams";

/** Awaits a Redis call and rethrows its failure as a typed error (`UnavailableError` for connection trouble). */
export async function typed<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw toStreamsError(error);
  }
}
