// The requests bench's load generator process (see requests-sender.ts): runs each load it is sent and answers with
// its figures.
import { measurePaced } from "../load/paced-load.ts";
import { measureHttp } from "../load/run-load.ts";
import type { FromSender, ToSender } from "./requests-sender.ts";

const send = (message: FromSender) => process.send?.(message);

const fail = (error: unknown) => {
  console.error("bench requests sender:", error);
  process.exit(1);
};

process.on("message", (message: ToSender) => {
  if (message.type === "paced")
    measurePaced(message.load)
      .then((figures) => send({ type: "paced-done", figures }))
      .catch(fail);
  else
    measureHttp(message.load)
      .then((figures) => send({ type: "closed-done", figures }))
      .catch(fail);
});
// The bench process owns this one: when it goes, so does the sender.
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
