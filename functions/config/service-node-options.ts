// The Node.js options every Fargate main runs with: infra/cluster.ts sets them as the task's NODE_OPTIONS, and the
// launcher (scripts/launcher/service-table.ts) starts its processes with them, so `npm run soak` measures what the
// cloud runs. Import-free, for the SST type-check.

/**
 * V8 sizes its young generation from the memory it sees and fills it between scavenges: on the 24 GiB development
 * machine the api's and the gateway's new space grew from 26 to 55 MB and from 25 to 40 MB in their first minutes under
 * `npm run soak`, their RSS growing 1.2 and 1.9 MB per 10 minutes with the heap in use flat. With 8 MiB semi-spaces
 * (the lake writer's setting, functions/jobs/job-table.ts) the same soak measured 0.3–0.7 MB per 10 minutes for every
 * service, at 114–134 MB RSS; a 0.5–2 GB task gets semi-spaces of about that size anyway, now on every machine alike.
 */
export const SERVICE_NODE_OPTIONS = "--max-semi-space-size=8";
