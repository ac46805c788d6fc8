// The handlers' clients (Redis, S3, ElastiCache, request-reply), each opened on its first use and kept for the
// later invocations of a warm Lambda container or an npm start process, so importing a handler opens nothing and
// reads no environment. One disconnect() closes every client opened so far (tests, npm start, the CLIs; Lambda itself
// just freezes the container); each opens again on its next use.

type Close = () => Promise<void>;

// Newest last: disconnect closes in reverse, so a client opened on top of another (request-reply on the HTTP
// handlers' Redis client) closes before what it uses.
const opened: Close[] = [];

/**
 * A getter of one client: `open(...args)` on the first call (the arguments of later calls are not read), the same
 * client after. A client whose opening throws or rejects is not kept: the next call tries again.
 */
export function lazyClient<Args extends unknown[], T>(
  open: (...args: Args) => T,
  close: (client: Awaited<T>) => unknown,
): (...args: Args) => T {
  let current: { client: T } | undefined;
  return (...args) => {
    if (current !== undefined) return current.client;
    const entry = { client: open(...args) };
    const closeEntry: Close = async () => {
      if (current === entry) current = undefined;
      let client: Awaited<T>;
      try {
        client = await entry.client;
      } catch {
        return; // never opened: nothing to close
      }
      await close(client);
    };
    current = entry;
    opened.push(closeEntry);
    if (entry.client instanceof Promise) {
      entry.client.catch(() => {
        if (current === entry) current = undefined;
        const index = opened.indexOf(closeEntry);
        if (index >= 0) opened.splice(index, 1);
      });
    }
    return entry.client;
  };
}

/** Closes every client opened so far, newest first. */
export async function disconnect(): Promise<void> {
  for (const close of opened.splice(0).reverse()) await close();
}
