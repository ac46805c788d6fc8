// Where a component's log lines go, one JSON line per call: stdout by default (CloudWatch Logs in Lambda and ECS),
// npm start's log file locally. The HTTP and gRPC front doors take one for their server-side failures.
export type LogWriter = (line: string) => void;
