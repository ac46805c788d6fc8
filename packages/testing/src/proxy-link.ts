// One direction of a connection through the fault proxy: bytes read from one socket are written to the other after
// the proxy's latency, in order; while held (black-holed) nothing is read or written.
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";

/** The proxy's current latency, shared by every link so that a change applies to open connections too. */
export interface LinkDelay {
  latencyMs: number;
}

/** A chunk to write, or null for the end of the stream, due at `at` (performance.now() time). */
interface Pending {
  chunk: Buffer | null;
  at: number;
}

export class ProxyLink {
  readonly #from: Socket;
  readonly #to: Socket;
  readonly #delay: LinkDelay;
  readonly #queue: Pending[] = [];
  #timer: NodeJS.Timeout | undefined;
  #held = false;

  constructor(from: Socket, to: Socket, delay: LinkDelay) {
    this.#from = from;
    this.#to = to;
    this.#delay = delay;
    from.on("data", (chunk: Buffer) => this.#enqueue(chunk));
    from.on("end", () => this.#enqueue(null));
  }

  /** Stops reading and writing: the bytes wait in the kernel's buffers, as behind a partition; no error, no close. */
  hold(): void {
    this.#held = true;
    this.#from.pause();
    this.#stopTimer();
  }

  /** Delivers what waited, in order, and reads on (as when a partition heals and TCP retransmits). */
  release(): void {
    this.#held = false;
    this.#from.resume();
    this.#flush();
  }

  stop(): void {
    this.#stopTimer();
    this.#queue.length = 0;
  }

  #enqueue(chunk: Buffer | null): void {
    const previous = this.#queue.at(-1)?.at ?? 0;
    this.#queue.push({ chunk, at: Math.max(performance.now() + this.#delay.latencyMs, previous) });
    this.#flush();
  }

  #flush(): void {
    this.#stopTimer();
    if (this.#held) return;
    const now = performance.now();
    for (let next = this.#queue[0]; next && next.at <= now; next = this.#queue[0]) {
      this.#queue.shift();
      if (this.#to.destroyed) continue;
      if (next.chunk === null) this.#to.end();
      else this.#to.write(next.chunk);
    }
    const next = this.#queue[0];
    if (next) this.#timer = setTimeout(() => this.#flush(), Math.ceil(next.at - now));
  }

  #stopTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
