// gRPC server reflection (grpcurl, Postman, grpcui) for the streaming and health services, from the .proto files in
// the repository's proto/ directory (loaded once at start; the hot path uses the generated code).
import { fileURLToPath } from "node:url";
import type { Server } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { ReflectionService } from "@grpc/reflection";
import { protoPath as healthProtoPath } from "grpc-health-check";

/** The repository's proto/ directory, relative to this file (packages/grpc/src/). */
export const PROTO_DIR = fileURLToPath(new URL("../../../proto/", import.meta.url));
export const STREAMING_PROTO = "sluice/streaming/v1/streaming.proto";

export function addReflection(server: Server): void {
  const definition = loadSync([STREAMING_PROTO, healthProtoPath], { includeDirs: [PROTO_DIR] });
  // @grpc/reflection bundles its own @grpc/proto-loader: the same PackageDefinition shape, a different type.
  new ReflectionService(definition as ConstructorParameters<typeof ReflectionService>[0]).addToServer(server);
}
