// Makes a certificate problem the answer to the commands waiting on a TLS connection. ioredis reconnects after a
// failed handshake as after any network error, so its commands end with "max retries" (standalone) or wait for ever
// (cluster, whose slot refreshes swallow the handshake's error). The connector here sees each TLS socket's first
// error; a certificate one fails the client's queued commands at once with `streams.tls_certificate`, on every
// attempt: bounded by the reconnect delay, not the retry count. Reconnecting goes on (a renewed certificate heals).
import type { Cluster, Redis, RedisOptions } from "ioredis";
import type { ErrorEmitter } from "ioredis/built/connectors/AbstractConnector.js";
import { StandaloneConnector } from "ioredis/built/connectors/index.js";
import type { StandaloneConnectionOptions } from "ioredis/built/connectors/StandaloneConnector.js";
import type { NetStream } from "ioredis/built/types.js";
import type { UnavailableError } from "./errors.ts";
import { tlsCertificateError } from "./tls-certificate-error.ts";

/** ioredis's own way of failing what waits (it uses it for "max retries"): public in effect, private in its types. */
interface QueueOwner {
  flushQueue(error: Error): void;
}

/** A Connector for the client's options (its cluster's nodes and slot refreshers inherit it), and `watch(client)`. */
export function certificateFailures(): {
  Connector: NonNullable<RedisOptions["Connector"]>;
  watch(client: Redis | Cluster): void;
} {
  let owner: QueueOwner | undefined;
  const fail = (error: UnavailableError) => owner?.flushQueue(error);
  class CertificateCheckingConnector extends StandaloneConnector {
    constructor(options: unknown) {
      super(options as StandaloneConnectionOptions);
    }

    override async connect(emit: ErrorEmitter): Promise<NetStream> {
      const stream = await super.connect(emit);
      stream.once("error", (error: unknown) => {
        const failure = tlsCertificateError(error);
        if (failure) fail(failure);
      });
      return stream;
    }
  }
  return {
    Connector: CertificateCheckingConnector,
    watch: (client) => {
      owner = client as unknown as QueueOwner;
    },
  };
}
