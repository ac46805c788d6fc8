// The default module an encoder thread starts from (unbundled runs: tests, benches, npm start's own processes).
import { serveEncoder } from "./encoder-thread.ts";

serveEncoder();
