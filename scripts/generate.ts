// `npm run generate -- <name> [options]`: runs scripts/generate/<name>.ts, which writes synthetic events to Redis
// streams. Each generator prints progress on stderr and, last, one JSON line with its figures on stdout. Add a
// generator by adding its module to GENERATORS.
import { UsageError } from "./usage-error.ts";

interface GeneratorModule {
  run(argv: string[]): Promise<void>;
}

const GENERATORS: Record<string, string> = {
  bsky: "./generate/bsky.ts",
};

const [name, ...rest] = process.argv.slice(2);
const available = Object.keys(GENERATORS).sort().join(", ");
const file = name === undefined ? undefined : GENERATORS[name];
if (file === undefined) {
  const problem = name === undefined ? "no generator named" : `unknown generator ${JSON.stringify(name)}`;
  console.error(`generate: ${problem}; available: ${available}\nusage: npm run generate -- <name> [options]`);
  process.exit(2);
}
const module = (await import(new URL(file, import.meta.url).href)) as GeneratorModule;
try {
  await module.run(rest);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`generate ${name}: ${error.message}`);
  process.exit(2);
}
