// What every Fargate main does around its work: JSON log lines on stdout, and one graceful stop on SIGTERM or SIGINT.

export type MainLog = (msg: string, fields?: object) => void;

/** A logger of `{"level":"info","msg":…}` lines on stdout, with `context` (e.g. the consumer name) on each. */
export function mainLog(context: object = {}): MainLog {
  return (msg, fields = {}) => console.log(JSON.stringify({ level: "info", msg, ...context, ...fields }));
}

/**
 * On SIGTERM or SIGINT: logs `<name> stopping`, awaits `stop` once, logs `<name> stopped` with what `stop` returns,
 * exits 0. ECS sends SIGTERM once; npm in a terminal forwards the SIGINT the process already got: the repeat is
 * logged and ignored.
 */
export function stopOnSignals(
  name: string,
  log: MainLog,
  stop: () => Promise<object | undefined> | Promise<void>,
): void {
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    log(`${name} stopping`, { signal, already: stopping });
    if (stopping) return;
    stopping = true;
    const summary = await stop();
    log(`${name} stopped`, summary ?? {});
    process.exit(0);
  };
  process.on("SIGTERM", shutdown).on("SIGINT", shutdown);
}
