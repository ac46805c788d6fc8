// The JSON mapping and the validator walk frame-schema.ts's table; this keeps it in step with frames.proto.
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import { ENUM_TYPES, MESSAGE_TYPES, type ValueType } from "../src/frame-schema.ts";

const root = new protobuf.Root().loadSync(
  new URL("../../../proto/sluice/frames/v1/frames.proto", import.meta.url).pathname,
  {
    keepCase: true,
  },
);
root.resolveAll();

function typeName(type: ValueType): string {
  return typeof type === "string" ? type : type.name;
}

describe("the schema table", () => {
  it("has every message of frames.proto", () => {
    const messages = root.lookup("sluice.frames.v1") as protobuf.Namespace;
    const names = messages.nestedArray
      .filter((nested) => nested instanceof protobuf.Type)
      .map((type) => type.fullName);
    expect(MESSAGE_TYPES.map((type) => `.${type.name}`).sort()).toEqual(names.sort());
  });

  it.each(MESSAGE_TYPES.map((type) => [type.name, type] as const))(
    "has the fields and numbers of %s",
    (name, type) => {
      const reflected = root.lookupType(name);
      const expected = reflected.fieldsArray.map((field) => ({
        name: field.name,
        number: field.id,
        type: field.resolvedType ? field.resolvedType.fullName.slice(1) : field.type,
        label:
          field instanceof protobuf.MapField
            ? `map<${field.keyType}>`
            : field.repeated
              ? "repeated"
              : "singular",
      }));
      const actual = type.fields.map((field) => ({
        name: field.protoName,
        number: field.number,
        type: typeName(field.type),
        label: field.label === "map" ? "map<string>" : field.label,
      }));
      expect(actual).toEqual(expected);
    },
  );

  it("names fields as protoc's JSON names, which are the generated classes' properties", () => {
    for (const type of MESSAGE_TYPES) {
      const instance = type.create({});
      for (const field of type.fields) {
        expect(field.jsonName).toBe(
          field.protoName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
        );
        expect(field.jsonName in instance).toBe(true);
      }
    }
  });

  it.each(ENUM_TYPES.map((type) => [type.name, type] as const))("has the values of %s", (name, type) => {
    expect(Object.fromEntries(type.numbers)).toEqual(root.lookupEnum(name).values);
  });
});
