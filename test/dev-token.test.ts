// The local development token (scripts/start/dev-token.ts) that npm start and the launcher keep in their directory and
// every local client sends: made once with mode 0600, reused, a hand-edited table kept (and a broken one refused,
// never overwritten), and the table named to the servers unless the environment names another.
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TokenTable } from "@sluice/streams";
import { afterAll, describe, expect, it } from "vitest";
import {
  ensureDevToken,
  readDevToken,
  serveWithDevToken,
  tokenTableEnvironment,
} from "../scripts/start/dev-token.ts";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "sluice-dev-token-"));
  dirs.push(dir);
  return dir;
}

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe("ensureDevToken", () => {
  it("makes a random 32-byte token with every scope on the first run: dev-token and tokens.json, mode 0600", async () => {
    const dir = join(await tempDir(), "nested", ".sluice");
    const dev = await ensureDevToken(dir);
    expect(dev).toMatchObject({
      file: join(dir, "dev-token"),
      tokensFile: join(dir, "tokens.json"),
      created: true,
      inTable: true,
    });
    expect(dev.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await readFile(dev.file, "utf8")).toBe(`${dev.token}\n`);
    expect(JSON.parse(await readFile(dev.tokensFile, "utf8"))).toEqual([
      { name: "dev", token: dev.token, scopes: ["*"] },
    ]);
    expect([await mode(dev.file), await mode(dev.tokensFile)]).toEqual([0o600, 0o600]);
    const table = TokenTable.parse(await readFile(dev.tokensFile, "utf8"), "tokens.json");
    expect(table.lookup(dev.token)).toMatchObject({ name: "dev" });
    // Another directory, another token.
    expect((await ensureDevToken(await tempDir())).token).not.toBe(dev.token);
  });

  it("reuses the files of an earlier run, keeping tokens added by hand, and tightens their modes", async () => {
    const dir = await tempDir();
    const first = await ensureDevToken(dir);
    const edited = [
      { name: "dev", token: first.token, scopes: ["*"] },
      { name: "camera-7", token: "camera-7-secret-token", scopes: ["publish:frames.input"] },
    ];
    await writeFile(first.tokensFile, JSON.stringify(edited));
    await chmod(first.tokensFile, 0o644);
    const again = await ensureDevToken(dir);
    expect(again).toMatchObject({ token: first.token, created: false, inTable: true });
    expect(JSON.parse(await readFile(first.tokensFile, "utf8"))).toEqual(edited);
    expect(await mode(first.tokensFile)).toBe(0o600);
  });

  it("takes the token back from the table's dev entry when dev-token was deleted", async () => {
    const dir = await tempDir();
    const first = await ensureDevToken(dir);
    await rm(first.file);
    const again = await ensureDevToken(dir);
    expect(again).toMatchObject({ token: first.token, created: true, inTable: true });
    expect(await readFile(first.file, "utf8")).toBe(`${first.token}\n`);
  });

  it("writes the table again when only the token is left", async () => {
    const dir = await tempDir();
    const first = await ensureDevToken(dir);
    await rm(first.tokensFile);
    expect(await ensureDevToken(dir)).toMatchObject({ token: first.token, created: true, inTable: true });
    expect(JSON.parse(await readFile(first.tokensFile, "utf8"))).toEqual([
      { name: "dev", token: first.token, scopes: ["*"] },
    ]);
  });

  it("says when a hand-edited table no longer has the token", async () => {
    const dir = await tempDir();
    const first = await ensureDevToken(dir);
    const others = JSON.stringify([{ name: "ops", token: "ops-only-secret-token", scopes: ["admin:*"] }]);
    await writeFile(first.tokensFile, others);
    expect(await ensureDevToken(dir)).toMatchObject({ token: first.token, inTable: false });
    expect(await readFile(first.tokensFile, "utf8")).toBe(others);
  });

  it("refuses a table that does not parse, naming it, and leaves it as it is", async () => {
    const dir = await tempDir();
    const first = await ensureDevToken(dir);
    await writeFile(first.tokensFile, '[{"name":"dev",');
    await expect(ensureDevToken(dir)).rejects.toThrow(`${first.tokensFile} is not JSON`);
    await writeFile(first.tokensFile, '[{"name":"dev","token":"short","scopes":["*"]}]');
    await expect(ensureDevToken(dir)).rejects.toThrow(/a token is 16-512 printable characters/);
    expect(await readFile(first.tokensFile, "utf8")).toContain('"short"');
  });
});

describe("readDevToken", () => {
  it("reads the token a run made, and says how to get one when there is none", async () => {
    const dir = await tempDir();
    expect(() => readDevToken(dir)).toThrow(
      `no development token in ${join(dir, "dev-token")}: run npm start once (it writes one) or pass --token`,
    );
    const { token } = await ensureDevToken(dir);
    expect(readDevToken(dir)).toBe(token);
  });
});

describe("the servers' table", () => {
  it("is SLUICE_TOKENS_FILE of the development table unless the environment names one", async () => {
    const dev = await ensureDevToken(await tempDir());
    expect(tokenTableEnvironment({}, dev)).toEqual({ SLUICE_TOKENS_FILE: dev.tokensFile });
    expect(tokenTableEnvironment({ SLUICE_TOKENS: "[]" }, dev)).toEqual({});
    expect(tokenTableEnvironment({ SLUICE_TOKENS_FILE: "/etc/tokens.json" }, dev)).toEqual({});
  });

  it("is set in a bench's own environment by serveWithDevToken, which returns the token to send", async () => {
    const dir = await tempDir();
    const env: NodeJS.ProcessEnv = { SLUICE_LOCAL_DIR: dir };
    const token = await serveWithDevToken(env);
    expect(token).toBe(readDevToken(dir));
    expect(env.SLUICE_TOKENS_FILE).toBe(join(dir, "tokens.json"));
  });
});
