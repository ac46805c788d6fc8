// `npm run fuzz -- [--seconds N] [--seed S] [--concurrency C] [--out DIR]`: mutation fuzzing of every HTTP route and
// gRPC method against the launched stack on 127.0.0.1 (scripts/fuzz/run-fuzz.ts). Progress on stderr; the last stdout
// line is the JSON report. Exit 0 when no request got a 5xx, a reset or a hang, 1 otherwise, 2 for bad arguments.
import { runCli } from "./cli.ts";
import { FUZZ_USAGE, parseFuzzOptions } from "./fuzz/fuzz-options.ts";
import { runFuzz } from "./fuzz/run-fuzz.ts";

await runCli("fuzz", async () => {
  if (process.argv.includes("--help")) {
    console.log(FUZZ_USAGE);
    return;
  }
  const report = await runFuzz(parseFuzzOptions(process.argv.slice(2)), (line) => console.error(line));
  console.log(JSON.stringify(report));
  process.exitCode = report["5xx"] + report.resets + report.hangs === 0 ? 0 : 1;
});
