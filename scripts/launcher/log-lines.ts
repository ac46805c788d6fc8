// Reading a process's log file while the process appends to it: the launcher's processes write their stdout and
// stderr straight into their log (so that they can still log, and stop gracefully, when the launcher is gone), and the
// launcher reads the lines back to see a process become ready and to quote the last ones in an error.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { open } from "node:fs/promises";

/** Bytes read from a log's end for its last lines: enough for 20 lines of JSON logs. */
const TAIL_BYTES = 16 * 1024;

/** The log's size now: where the output of a process about to start begins. */
export function logSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Hands each whole line appended to `file` from byte `from` to `take`, polling every `everyMs`, until `stop()` (after
 * which not one more line is handed over). A line still being written is handed over once its newline is there.
 */
export function followLines(
  file: string,
  from: number,
  take: (line: string) => void,
  everyMs: number,
): { stop(): void } {
  let offset = from;
  let reading = false;
  let stopped = false;
  const timer = setInterval(async () => {
    if (reading) return;
    reading = true;
    try {
      await using handle = await open(file, "r");
      const { size } = await handle.stat();
      if (size <= offset) return;
      const buffer = Buffer.alloc(size - offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      const text = buffer.subarray(0, bytesRead);
      const end = text.lastIndexOf(0x0a);
      if (end < 0) return;
      offset += end + 1;
      for (const line of text.subarray(0, end).toString("utf8").split("\n")) if (!stopped) take(line);
    } catch {
      // A log that cannot be read now (being replaced, removed): the next poll tries again, the caller's deadline holds.
    } finally {
      reading = false;
    }
  }, everyMs);
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

/** The last `count` non-empty lines of `file` (none if it cannot be read). */
export function lastLines(file: string, count: number): string[] {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const { size } = statSync(file);
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer
      .toString("utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .slice(-count);
  } catch {
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
