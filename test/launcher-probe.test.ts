// The launcher's probe (scripts/launcher/probe.ts), preloaded as the launcher preloads it, in a process that starts a
// worker thread: threads inherit the process's --import, and the probe must leave them alone. It once threw in them,
// so every run of the lake writer (whose Parquet encoders are threads) in the launched jobs process failed.
import { fork } from "node:child_process";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { temporaryDir } from "@sluice/testing/temporary-dir";
import { expect, it } from "vitest";

const PROBE = new URL("../scripts/launcher/probe.ts", import.meta.url);

/** A thread from a module file, as the lake's encoders are (an eval'd thread does not get the --import). */
const THREAD = `import { parentPort } from "node:worker_threads"; parentPort.postMessage("thread ran");`;
/** Starts the thread, hands its message to the parent, then stays until killed, as a main would. */
const MAIN = `
import { Worker } from "node:worker_threads";
const thread = new Worker(new URL("./thread.mjs", import.meta.url));
thread.on("error", (error) => process.send({ type: "thread", text: "thread failed: " + error.message }));
thread.on("message", (text) => process.send({ type: "thread", text }));
setTimeout(() => {}, 30_000);
`;

it("leaves worker threads alone and still answers samples in the process", async () => {
  const dir = await temporaryDir("sluice-probe-");
  const main = join(dir, "main.mjs");
  await Promise.all([writeFile(main, MAIN), writeFile(join(dir, "thread.mjs"), THREAD)]);
  const child = fork(main, [], { execArgv: ["--expose-gc", "--import", PROBE.href], stdio: "pipe" });
  try {
    const messages: { type: string; text?: string; heapUsedBytes?: number }[] = [];
    child.on("message", (message: (typeof messages)[number]) => messages.push(message));
    const [thread] = (await once(child, "message")) as [(typeof messages)[number]];
    expect(thread).toEqual({ type: "thread", text: "thread ran" });
    child.send({ type: "sample", id: 1 });
    const [answer] = (await once(child, "message")) as [(typeof messages)[number]];
    expect(answer).toMatchObject({ type: "sample", id: 1, heapUsedBytes: expect.any(Number) });
  } finally {
    child.kill("SIGKILL");
  }
});
