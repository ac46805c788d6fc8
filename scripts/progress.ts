// Progress on stderr: one line redrawn in place with `\r` on a terminal, else a plain line every few seconds.

export interface Progress {
  update(done: number): void;
  finish(done: number): void;
}

const TTY_EVERY_MS = 100;
const PLAIN_EVERY_MS = 5000;
const BAR_WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/** `[#####·····]  12,000/100,000  12.0%  8,123 ev/s  ETA 0:10` */
export function progressLine(done: number, total: number, elapsedMs: number, bar: boolean): string {
  const fraction = total === 0 ? 1 : done / total;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  const filled = Math.round(fraction * BAR_WIDTH);
  const parts = [
    `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}`,
    `${(fraction * 100).toFixed(1)}%`,
    `${Math.round(rate).toLocaleString("en-US")} ev/s`,
    `ETA ${duration(eta)}`,
  ];
  return `${bar ? `[${"#".repeat(filled)}${"·".repeat(BAR_WIDTH - filled)}] ` : ""}${parts.join("  ")}`;
}

export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  const tty = stream.isTTY === true;
  const started = performance.now();
  let last = started;
  const write = (done: number) => {
    const line = `${label} ${progressLine(done, total, performance.now() - started, tty)}`;
    stream.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
  };
  return {
    update(done) {
      const now = performance.now();
      if (now - last < (tty ? TTY_EVERY_MS : PLAIN_EVERY_MS)) return;
      last = now;
      write(done);
    },
    finish(done) {
      write(done);
      if (tty) stream.write("\n");
    },
  };
}
