// What every Fargate main does around its work: knowing it is the main (and refusing, loudly, a Node.js too old to
// tell), JSON log lines on stdout, and one graceful stop on SIGTERM or SIGINT.
import { fileURLToPath } from "node:url";
import { logWriter } from "@sluice/streams";

/**
 * The oldest Node.js the repository runs on (package.json engines, scripts/node.sh, the README say the same; a test
 * checks it). Type stripping runs the .ts sources unflagged from 23.6.0 and 22.18.0; `import.meta.main` exists from
 * 24.2.0 and 22.18.0 (never in 23.x), and is false in a .ts entry point until 24.3.0; the scripts use `await using`,
 * which Node 22's V8 cannot parse. Hence 24.3.0.
 */
export const NODE_FLOOR = "24.3.0";

/** Whether `version` ("24.3.0", as in process.versions.node) is NODE_FLOOR or newer. */
export function meetsNodeFloor(version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map((part) => Number.parseInt(part, 10));
  const [floorMajor = 0, floorMinor = 0, floorPatch = 0] = NODE_FLOOR.split(".").map(Number);
  if (major !== floorMajor) return major > floorMajor;
  if (minor !== floorMinor) return minor > floorMinor;
  return patch >= floorPatch;
}

/**
 * Whether the module whose `import.meta` is `meta` was started as the process's entry point. Mains call this rather
 * than read `import.meta.main`: below NODE_FLOOR it is undefined (or false in a .ts entry on 24.2), which would skip
 * the main and exit 0 without a word; this throws instead, naming the Node.js version needed.
 */
export function isMain(meta: { main?: boolean; url?: string }, version = process.versions.node): boolean {
  if (meta.main === undefined || !meetsNodeFloor(version)) {
    const file = meta.url?.startsWith("file:") ? fileURLToPath(meta.url) : "this Sluice main";
    throw new Error(
      `${file} needs Node.js >= ${NODE_FLOOR} (type stripping, import.meta.main); this is Node.js ${version}, ` +
        `where import.meta.main is ${meta.main}: run it with Node.js ${NODE_FLOOR} or newer ` +
        `(sh scripts/node.sh ${file}, or the node:24 image)`,
    );
  }
  return meta.main;
}

type MainLog = (msg: string, fields?: object) => void;

/**
 * A logger of `{"level":"info","msg":…}` lines on stdout, with `context` (e.g. the consumer name) on each, secrets
 * redacted: a start line logs the configuration, whose URLs may carry credentials.
 */
export function mainLog(context: object = {}): MainLog {
  const log = logWriter();
  return (msg, fields = {}) => log(JSON.stringify({ level: "info", msg, ...context, ...fields }));
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
