// The SST app evaluated offline: evaluate.ts bundles this file with sst.config.ts and SST's component sources and runs
// it in a process of its own per variant. Pulumi's mock monitor stands in for the engine and every provider, a small
// local JSON-RPC server for the SST CLI (function builds, bootstrap). Each resource the app registers is recorded with
// its resolved inputs and its resource options (protect, retainOnDelete), and the list is written as JSON to the file
// SLUICE_GRAPH_OUT names; a failure of the program (a setting refused, a component's own check) is written there as
// `{ error }`. Type-checked with the app (tsconfig.sst.json), since it sets SST's globals.

import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import * as settings from "@pulumi/pulumi/runtime/settings.js";
import type { GraphResource } from "./graph.ts";
import { mockCall, mockState, SECRET_SIGNATURE } from "./mocks.ts";

const stage = process.env.SLUICE_GRAPH_STAGE ?? "staging";
const dev = process.env.SLUICE_GRAPH_DEV === "1";
const out = process.env.SLUICE_GRAPH_OUT ?? "";
const root = process.env.SLUICE_GRAPH_ROOT ?? process.cwd();

/** Answers the SST CLI's JSON-RPC methods the components call; resolves with its URL. */
async function startCliStandIn(): Promise<string> {
  const buildDir = mkdtempSync(join(tmpdir(), "sluice-graph-build-"));
  writeFileSync(join(buildDir, "index.mjs"), "export const handler = () => {};\n");
  const results: Record<string, unknown> = {
    "Runtime.Build": { handler: "index.handler", out: buildDir, errors: [], sourcemaps: [] },
    "Runtime.AddTarget": {},
    "Provider.Aws.Bootstrap": {
      asset: "sst-asset-123456789012",
      assetEcrRegistryId: "123456789012",
      assetEcrUrl: "123456789012.dkr.ecr.us-east-1.amazonaws.com/sst-asset",
      state: "sst-state-123456789012",
      appsyncHttp: "example.appsync-api.us-east-1.amazonaws.com",
      appsyncRealtime: "example.appsync-realtime-api.us-east-1.amazonaws.com",
    },
    "Provider.Aws.Appsync": {
      http: "example.appsync-api.us-east-1.amazonaws.com",
      realtime: "example.appsync-realtime-api.us-east-1.amazonaws.com",
    },
  };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => {
      const { method } = JSON.parse(body) as { method: string };
      const known = method in results;
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          result: known ? results[method] : null,
          error: known ? null : `rpc: can't find method ${method}`,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the RPC stand-in has no port");
  server.unref();
  return `http://127.0.0.1:${address.port}`;
}

// The mock monitor does not pass resource options to the mocks: record them from the requests themselves.
interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProtect(): boolean | undefined;
  getRetainondelete(): boolean | undefined;
}
interface OutputsRequest {
  getUrn(): string;
  getOutputs(): { toJavaScript(): Record<string, unknown> } | undefined;
}
type Callback = (error: unknown, response: unknown) => void;
interface Monitor {
  registerResource(req: RegisterRequest, callback: Callback): Promise<void>;
  registerResourceOutputs(req: OutputsRequest, callback: Callback): void;
}

const recorded: GraphResource[] = [];
const inputsByUrnName = new Map<string, Record<string, unknown>>();
const outputsByName = new Map<string, Record<string, unknown>>();

// The graph keeps a secret's value itself, not Pulumi's marked object around it.
function unwrapSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if (SECRET_SIGNATURE in record) return unwrapSecrets(record.value);
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, unwrapSecrets(item)]));
}

function recordRegistrations(): void {
  const monitor = settings.getMonitor() as unknown as Monitor;
  const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
  monitor.registerResourceOutputs = (req, callback) => {
    const outputs = req.getOutputs()?.toJavaScript();
    if (outputs)
      outputsByName.set(
        req.getUrn().split("::").at(-1) ?? "",
        unwrapSecrets(outputs) as Record<string, unknown>,
      );
    return registerOutputs(req, callback);
  };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    const parent = req.getParent().split("::").at(-1) ?? "";
    recorded.push({
      type: req.getType(),
      name: req.getName(),
      custom: req.getCustom(),
      parent,
      inputs: {},
      protect: req.getProtect() === true,
      retainOnDelete: req.getRetainondelete() === true,
    });
    return register(req, callback);
  };
}

async function main(): Promise<void> {
  process.env.SST_SERVER = await startCliStandIn();
  pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        inputsByUrnName.set(`${args.type}::${args.name}`, args.inputs as Record<string, unknown>);
        return mockState(args);
      },
      call: (args) => mockCall(args),
    },
    "sluice",
    stage,
    false,
  );
  recordRegistrations();

  const globals = globalThis as Record<string, unknown>;
  globals.$app = {
    name: "sluice",
    stage,
    removal: stage === "production" ? "retain" : "remove",
    protect: stage === "production",
    providers: { aws: "7.20.0" },
  };
  globals.$dev = dev;
  globals.$cli = {
    command: dev ? "dev" : "deploy",
    rpc: process.env.SST_SERVER,
    paths: {
      home: join(tmpdir(), "sluice-graph-home"),
      root,
      work: join(root, ".sst"),
      platform: join(root, ".sst/platform"),
    },
    state: { version: {} },
  };
  globals.aws = await import("@pulumi/aws");
  globals.sst = await import("../../.sst/platform/src/components/index.ts");
  const { run } = await import("../../.sst/platform/src/auto/run.ts");
  const app = (await import("../../sst.config.ts")).default;

  let outputs: Record<string, unknown> = {};
  await pulumi.runtime.runInPulumiStack(async () => {
    outputs = (await run(app.run as () => Promise<Record<string, unknown>>)) as Record<string, unknown>;
    return outputs;
  });
  // Resources created inside applies register after the program returns: wait until none has come for a while.
  let quietPeriods = 0;
  let seen = recorded.length;
  while (quietPeriods < 5) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    quietPeriods = recorded.length === seen ? quietPeriods + 1 : 0;
    seen = recorded.length;
  }
  for (const resource of recorded) {
    resource.inputs = unwrapSecrets(
      inputsByUrnName.get(`${resource.type}::${resource.name}`) ?? {},
    ) as Record<string, unknown>;
    const outputs = resource.custom ? undefined : outputsByName.get(resource.name);
    if (outputs) resource.outputs = outputs;
  }
  writeFileSync(out, JSON.stringify({ resources: recorded, outputs: await settle(outputs) }));
}

/** Plain values of the app's outputs. */
async function settle(outputs: Record<string, unknown>): Promise<Record<string, unknown>> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(outputs)) {
    plain[key] = pulumi.Output.isInstance(value)
      ? await new Promise((resolve) => (value as pulumi.Output<unknown>).apply(resolve))
      : value;
  }
  return plain;
}

/** The program stopped: its message is the graph's `error` (a component may throw inside an output's apply). */
function stopped(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  writeFileSync(out, JSON.stringify({ error: message, registered: recorded.map((r) => r.type) }));
  process.exit(0);
}
process.on("uncaughtException", stopped).on("unhandledRejection", stopped);
main().then(() => process.exit(0), stopped);
