// TLS server identity is always checked: no code, script, infrastructure or doc of the repository turns off the
// certificate chain or host name check, or tells a reader to. A private CA is trusted instead (SLUICE_REDIS_CA_FILE,
// test/redis-tls-ca.test.ts, which also shows that smuggled-in options to skip the checks are not passed on).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** This file, and the test that passes the skips in to show they are dropped. */
const EXEMPT = new Set(["test/tls-checks-never-skipped.test.ts", "test/redis-tls-ca.test.ts"]);

/** Ways to skip a TLS check in Node.js, the AWS SDK, Go, curl, redis-cli, gRPC and OpenSSL, as code or as advice. */
const SKIPS = [
  /rejectUnauthorized\s*[:=]\s*false/i,
  /checkServerIdentity/,
  /NODE_TLS_REJECT_UNAUTHORIZED/,
  /InsecureSkipVerify/,
  /--insecure\b/,
  /\bcurl\b[^\n]*\s-k\b/,
  /--no-verify-ssl/,
  /grpc\.ssl_target_name_override/,
  /\bverify\s*[:=]\s*false/i,
];

it("no tracked file turns off a TLS certificate or host name check", () => {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((file) => /\.(ts|js|mjs|json|md|sh|ya?ml|conf)$/.test(file) && !EXEMPT.has(file));
  expect(files.length).toBeGreaterThan(100);
  const found = files.flatMap((file) => {
    const text = readFileSync(`${ROOT}${file}`, "utf8");
    return SKIPS.filter((skip) => skip.test(text)).map((skip) => `${file}: ${skip}`);
  });
  expect(found).toEqual([]);
});
