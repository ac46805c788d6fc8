// The requests bench's load generator, seen from the bench process: a process of its own (requests-sender-child.ts),
// so that neither its schedule nor its CPU shares the event loop of the HTTP server it measures. It runs open-loop
// paced loads (paced-load.ts) and closed-loop ones (autocannon, run-load.ts) on request.
import type { ChildProcess } from "node:child_process";
import type { PacedFigures, PacedLoad } from "../load/paced-load.ts";
import type { HttpLoad, LoadFigures } from "../load/run-load.ts";
import { forkChild, nextMessage } from "./child-process.ts";

export type ToSender = { type: "paced"; load: PacedLoad } | { type: "closed"; load: HttpLoad };
export type FromSender =
  | { type: "ready" }
  | { type: "paced-done"; figures: PacedFigures }
  | { type: "closed-done"; figures: LoadFigures };

type Done<T extends FromSender["type"]> = Extract<FromSender, { type: T }>;

export function startSender(): Promise<ChildProcess> {
  return forkChild(new URL("./requests-sender-child.ts", import.meta.url));
}

/** An open-loop load from the sender process, and its figures. */
export async function sendPaced(sender: ChildProcess, load: PacedLoad): Promise<PacedFigures> {
  const done = nextMessage<Done<"paced-done">>(sender, "paced-done");
  sender.send({ type: "paced", load } satisfies ToSender);
  return (await done).figures;
}

/** A closed-loop load from the sender process, and its figures. */
export async function sendClosed(sender: ChildProcess, load: HttpLoad): Promise<LoadFigures> {
  const done = nextMessage<Done<"closed-done">>(sender, "closed-done");
  sender.send({ type: "closed", load } satisfies ToSender);
  return (await done).figures;
}
