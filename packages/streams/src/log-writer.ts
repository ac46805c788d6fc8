// Where a component's log lines go, one JSON line per call: stdout by default (CloudWatch Logs in Lambda and ECS),
// npm start's log file locally. The HTTP and gRPC front doors take one for their server-side failures. Every
// component logs through logWriter, which takes secrets out of each line (redact.ts) whatever the line's sink.
import { redactSecrets } from "./redact.ts";

export type LogWriter = (line: string) => void;

const stdout: LogWriter = (line) => void process.stdout.write(`${line}\n`);

/** The writer a component logs through: `write` (default stdout) with secrets redacted from every line. */
export function logWriter(write: LogWriter = stdout): LogWriter {
  return (line) => write(redactSecrets(line));
}
