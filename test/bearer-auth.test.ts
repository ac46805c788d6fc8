// How local clients present a token (scripts/start/bearer-auth.ts): the HTTP header, and the gRPC metadata a client
// built with bearerClientOptions adds to every call, seen by a real grpc-js server on a plaintext channel.
import { Client, credentials, Metadata, Server, ServerCredentials, type ServiceError } from "@grpc/grpc-js";
import { expect, it } from "vitest";
import { bearerClientOptions, bearerHeader } from "../scripts/start/bearer-auth.ts";

const METHOD = "/test.Echo/Authorization";
const bytes = (value: Buffer) => value;

it("puts the token in the Authorization header", () => {
  expect(bearerHeader("t0k3n-for-tests-only")).toEqual({ authorization: "Bearer t0k3n-for-tests-only" });
});

it("sends the token as gRPC metadata on every call of a client built with bearerClientOptions", async () => {
  const server = new Server();
  // Answers with the authorization metadata each call carried.
  server.addService(
    {
      Authorization: {
        path: METHOD,
        requestStream: false,
        responseStream: false,
        requestSerialize: bytes,
        requestDeserialize: bytes,
        responseSerialize: bytes,
        responseDeserialize: bytes,
      },
    },
    {
      Authorization: (call: { metadata: Metadata }, done: (error: null, value: Buffer) => void) =>
        done(null, Buffer.from(call.metadata.get("authorization").join(","))),
    },
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  const client = new Client(
    `127.0.0.1:${port}`,
    credentials.createInsecure(),
    bearerClientOptions("t0k3n-for-tests-only"),
  );
  const call = (metadata: Metadata) =>
    new Promise<string>((resolve, reject) =>
      client.makeUnaryRequest(
        METHOD,
        bytes,
        bytes,
        Buffer.alloc(0),
        metadata,
        (error: ServiceError | null, value?: Buffer) => (error ? reject(error) : resolve(String(value))),
      ),
    );
  try {
    expect(await call(new Metadata())).toBe("Bearer t0k3n-for-tests-only");
    // A call that names its own authorization keeps it (one header, not two).
    const own = new Metadata();
    own.set("authorization", "Bearer other");
    expect(await call(own)).toBe("Bearer other");
  } finally {
    client.close();
    server.forceShutdown();
  }
});
