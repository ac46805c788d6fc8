import { describe, expect, it } from "vitest";
import { startTarget, targetKinds } from "../src/index.ts";
import { pingThroughTarget } from "./helpers.ts";

describe.each(targetKinds)("startTarget(%s)", (kind) => {
  it("gives a target a client can connect to with nothing else", async () => {
    await using started = await startTarget(kind);
    const expectedMode = kind === "cluster" ? "cluster" : "standalone";
    expect(started.target.mode).toBe(expectedMode);
    expect((await pingThroughTarget(started.target)).at(-1)).toBe("+PONG");
  });
});
