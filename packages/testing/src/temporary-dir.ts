// Temporary directories for a test file, removed after its tests (vitest's afterAll, registered on first use).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];
let registered = false;

/** A new empty directory under the OS's temp dir, e.g. /tmp/sluice-ca-Xy12ab. */
export async function temporaryDir(prefix: string): Promise<string> {
  if (!registered) {
    registered = true;
    afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));
  }
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
