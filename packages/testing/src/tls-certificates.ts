import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createTempDir } from "./process-registry.ts";
import { runCommand } from "./run-command.ts";

export interface TlsCertificates {
  caFile: string;
  certFile: string;
  keyFile: string;
  /** PEM of the CA that signed the server certificate. */
  ca: string;
}

const NEW_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
const VALIDITY = ["-days", "2"];
const CA_EXTENSIONS = [
  "-addext",
  "basicConstraints=critical,CA:TRUE",
  "-addext",
  "keyUsage=critical,keyCertSign",
];
// clientAuth as well: cluster nodes present the same certificate to each other on the (always mutual) TLS bus.
const SERVER_EXTENSIONS = [
  "basicConstraints=CA:FALSE",
  "keyUsage=critical,digitalSignature,keyEncipherment",
  "extendedKeyUsage=serverAuth,clientAuth",
  "subjectAltName=DNS:localhost,IP:127.0.0.1",
].join("\n");

let certificates: Promise<TlsCertificates> | undefined;

/** A CA and a server certificate for localhost and 127.0.0.1, generated with openssl once per process. */
export function tlsCertificates(): Promise<TlsCertificates> {
  certificates ??= generateCertificates().catch((error: unknown) => {
    certificates = undefined;
    throw error;
  });
  return certificates;
}

async function generateCertificates(): Promise<TlsCertificates> {
  const dir = await createTempDir("sluice-tls-");
  const openssl = (command: string, ...args: string[]) =>
    runCommand("openssl", [...command.split(" "), ...args], { cwd: dir });
  await openssl(
    "req -x509 -keyout ca.key -out ca.crt -subj /CN=sluice-test-ca",
    ...NEW_KEY,
    ...VALIDITY,
    ...CA_EXTENSIONS,
  );
  await openssl("req -new -keyout server.key -out server.csr -subj /CN=localhost", ...NEW_KEY);
  await writeFile(join(dir, "server.ext"), SERVER_EXTENSIONS);
  await openssl(
    "x509 -req -in server.csr -CA ca.crt -CAkey ca.key -set_serial 1 -extfile server.ext -out server.crt",
    ...VALIDITY,
  );
  const caFile = join(dir, "ca.crt");
  return {
    caFile,
    certFile: join(dir, "server.crt"),
    keyFile: join(dir, "server.key"),
    ca: await readFile(caFile, "utf8"),
  };
}
