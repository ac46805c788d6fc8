// The frames bench's codec rounds in a process of its own, started with glibc's heap trimming off
// (frames.ts: GLIBC_TUNABLES), to show what the allocator setting does to protobuf's figures (frames-codec.ts).
// Driven over IPC by scripts/bench/frames.ts.
import { CODEC_CASES, type CodecCase, type CodecFigures, codecCase } from "./frames-codec.ts";

export type ToCodecChild = { type: "run"; name: CodecCase["name"]; seconds: number; warmupSeconds: number };
export type FromCodecChild = { type: "ready" } | { type: "done"; figures: CodecFigures };

const send = (message: FromCodecChild) => process.send?.(message);

process.on("message", (message: ToCodecChild) => {
  const spec = CODEC_CASES.find((c) => c.name === message.name) as CodecCase;
  codecCase(spec, message.seconds, message.warmupSeconds)
    .then((figures) => send({ type: "done", figures }))
    .catch((error: unknown) => {
      console.error("bench frames codec:", error);
      process.exit(1);
    });
});
// The bench process owns this one: when it goes, so does the child.
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
