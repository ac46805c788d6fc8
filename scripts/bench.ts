// `npm run bench -- <name> [options]`: runs scripts/bench/<name>.ts. Each bench prints progress lines and, last,
// one JSON line with its figures. Add a bench by adding its module to BENCHES.
import { UsageError } from "./usage-error.ts";

interface BenchModule {
  run(argv: string[]): Promise<void>;
}

const BENCHES: Record<string, string> = {
  frames: "./bench/frames.ts",
  requests: "./bench/requests.ts",
  streams: "./bench/streams.ts",
};

const [name, ...rest] = process.argv.slice(2);
const available = Object.keys(BENCHES).sort().join(", ");
const file = name === undefined ? undefined : BENCHES[name];
if (file === undefined) {
  const problem = name === undefined ? "no bench named" : `unknown bench ${JSON.stringify(name)}`;
  console.error(`bench: ${problem}; available: ${available}\nusage: npm run bench -- <name> [options]`);
  process.exit(2);
}
const module = (await import(new URL(file, import.meta.url).href)) as BenchModule;
try {
  await module.run(rest);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench ${name}: ${error.message}`);
  process.exit(2);
}
