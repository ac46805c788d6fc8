// `@sluice/lake/testing`: the lake's test kit for tests beside other packages and across them (the job, npm start,
// the docs' queries): servers, producing entries, reading the lake back.
export * from "./bsky-entries.ts";
export * from "./camera-frames.ts";
export * from "./duckdb.ts";
export * from "./lake-kit.ts";
