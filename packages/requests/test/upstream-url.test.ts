import { InvalidInputError } from "@sluice/streams";
import { expect, it } from "vitest";
import { upstreamUrl } from "../src/routes/upstream-url.ts";
import { hostilePaths } from "./fixtures/hostile-paths.ts";

const at = (base: string, path: string) => upstreamUrl(new URL(base), path).toString();

it("keeps the base for / and appends deeper paths and queries, base's query first", () => {
  expect(at("https://up/api", "/")).toBe("https://up/api");
  expect(at("https://up/api", "")).toBe("https://up/api");
  expect(at("https://up/api/", "/?a=1")).toBe("https://up/api/?a=1");
  expect(at("https://up/api/", "/x/y?a=1")).toBe("https://up/api/x/y?a=1");
  expect(at("https://up/api", "/x/y")).toBe("https://up/api/x/y");
  expect(at("https://up/", "/x")).toBe("https://up/x");
  expect(at("https://up/api?v=2", "/x?a=1")).toBe("https://up/api/x?v=2&a=1");
  expect(at("https://up/api?v=2", "/")).toBe("https://up/api?v=2");
});

it("passes names with dots, encoded spaces and a query that holds anything but controls", () => {
  expect(at("https://up/api", "/a.b/c..d/.well-known")).toBe("https://up/api/a.b/c..d/.well-known");
  expect(at("https://up/api", "/x%20y")).toBe("https://up/api/x%20y");
  expect(at("https://up/api", "/x?next=http://other/../a&q=a@b\\c")).toBe(
    "https://up/api/x?next=http://other/../a&q=a@b\\c",
  );
});

it.each(hostilePaths())("refuses %j with requests.invalid_path", (path) => {
  let caught: unknown;
  try {
    upstreamUrl(new URL("http://127.0.0.1:8080/api"), path);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidInputError);
  expect(caught).toMatchObject({ code: "requests.invalid_path" });
  expect((caught as Error).message).toMatch(/^The request's path is refused: /);
});
