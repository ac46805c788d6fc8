// The launcher's preload in every process it forks (`--expose-gc --import` this module), not part of the mains:
// answers `{ type: "sample", id }` over IPC with the V8 heap in use right after a full GC, and stops the process
// gracefully (SIGTERM, which every main handles) when the launcher goes away (IPC disconnect), so that no process of
// the topology outlives it, even when it is killed with SIGKILL. Worker threads inherit the process's `--import` (the
// lake writer's Parquet encoders are threads): the probe belongs to the process, so in a thread it does nothing.
import { isMainThread } from "node:worker_threads";
import type { HeapAnswer, SampleRequest } from "./probe-protocol.ts";

if (isMainThread) installProbe();

function installProbe(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc || !process.send)
    throw new Error("the launcher's probe needs --expose-gc and an IPC channel (fork)");
  const send = process.send.bind(process);

  process.on("message", (message: SampleRequest) => {
    if (message?.type !== "sample") return;
    gc();
    const answer: HeapAnswer = {
      type: "sample",
      id: message.id,
      heapUsedBytes: process.memoryUsage().heapUsed,
    };
    send(answer);
  });
  process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
  // The channel must not keep a process alive that would otherwise exit: a main's exit is its own decision.
  process.channel?.unref();
}
