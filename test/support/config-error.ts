import { InvalidInputError } from "@sluice/streams";
import { expect } from "vitest";

/** The message of the configuration error `load` throws, after checking it is one (code config.invalid_environment). */
export function configError(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: "config.invalid_environment", kind: "invalid" });
    return (error as Error).message;
  }
  throw new Error("expected the loader to throw");
}
