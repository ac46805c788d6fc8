// The @sluice/http README example: a route function as a Lambda handler, served locally. Run: node docs/examples/http-hello.ts
import { createLocalServer, httpHandler } from "@sluice/http";
import { NotFoundError } from "@sluice/streams";

const greet = httpHandler(async ({ pathParameters, traceId }) => {
  if (pathParameters.name === "nobody") throw new NotFoundError("demo.not_found", "Nobody is not here");
  return { body: { hello: pathParameters.name, traceId } };
});
// Lambda: export const handler = greet. Locally:
const server = await createLocalServer({
  routes: [{ method: "GET", path: "/hello/{name}", handler: greet }],
  port: 0,
  // No credentials for this demo; real servers pass a TokenTable (Authorization: Bearer <token>).
  tokens: "none",
});
console.log(await (await fetch(`${server.url}/hello/ada`)).json());
console.log((await fetch(`${server.url}/hello/nobody`)).status);
await server.close();
