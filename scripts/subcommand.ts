// The dispatcher of `npm run bench -- <name>` and `npm run generate -- <name>`: runs the named module's `run(argv)`;
// an unknown name or a UsageError prints the problem and exits 2, any other failure one line and exits 1 (cli.ts).
import { runCli } from "./cli.ts";

interface SubcommandModule {
  run(argv: string[]): Promise<void>;
}

/**
 * `command` is the npm script, `noun` what it runs ("bench", "generator"); `modules` maps names to module paths
 * relative to `base` (the calling script's import.meta.url).
 */
export async function runSubcommand(
  { command, noun }: { command: string; noun: string },
  modules: Record<string, string>,
  base: string,
): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  const file = name === undefined ? undefined : modules[name];
  if (file === undefined) {
    const problem = name === undefined ? `no ${noun} named` : `unknown ${noun} ${JSON.stringify(name)}`;
    const available = Object.keys(modules).sort().join(", ");
    console.error(
      `${command}: ${problem}; available: ${available}\nusage: npm run ${command} -- <name> [options]`,
    );
    process.exit(2);
  }
  await runCli(`${command} ${name}`, async () => {
    const module = (await import(new URL(file, base).href)) as SubcommandModule;
    await module.run(rest);
  });
}
