// The building blocks of a lake table's Parquet schema: flat columns for everything analytics filter on, the standard
// LIST and STRUCT for lists and nested records. Times are TIMESTAMP(MILLIS, UTC), the precision Athena reads. A table
// lists its columns with these (families/*/tables.ts); the file writer derives the schema and codings from them.
import type { SchemaElement } from "hyparquet-writer";

/** A top-level column: its schema element and its children, flattened depth-first. */
export interface Column {
  elements: SchemaElement[];
  /**
   * A string column whose values (nearly) never repeat (ids, free text): written PLAIN (no dictionary attempt) from
   * UTF-8 the writer makes in one go.
   */
  unique: boolean;
}

const repetition = (optional: boolean) => (optional ? "OPTIONAL" : "REQUIRED");

export const string = (name: string, optional = false): SchemaElement => ({
  name,
  type: "BYTE_ARRAY",
  converted_type: "UTF8",
  logical_type: { type: "STRING" },
  repetition_type: repetition(optional),
});

export const timestampMillis = (name: string, optional = false): SchemaElement => ({
  name,
  type: "INT64",
  converted_type: "TIMESTAMP_MILLIS",
  logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" },
  repetition_type: repetition(optional),
});

export const int64 = (name: string): SchemaElement => ({ name, type: "INT64", repetition_type: "REQUIRED" });
export const int32 = (name: string, optional = false): SchemaElement => ({
  name,
  type: "INT32",
  repetition_type: repetition(optional),
});
export const double = (name: string, optional = false): SchemaElement => ({
  name,
  type: "DOUBLE",
  repetition_type: repetition(optional),
});
export const boolean = (name: string, optional = false): SchemaElement => ({
  name,
  type: "BOOLEAN",
  repetition_type: repetition(optional),
});

export const leaf = (element: SchemaElement, unique = false): Column => ({ elements: [element], unique });

/** The standard three-level LIST: `optional group <name> (LIST) { repeated group list { <element> } }`. */
export function list(name: string, element: Column): Column {
  const [head, ...rest] = element.elements as [SchemaElement, ...SchemaElement[]];
  return {
    elements: [
      {
        name,
        repetition_type: "OPTIONAL",
        converted_type: "LIST",
        logical_type: { type: "LIST" },
        num_children: 1,
      },
      { name: "list", repetition_type: "REPEATED", num_children: 1 },
      { ...head, name: "element" },
      ...rest,
    ],
    unique: false,
  };
}

export function struct(name: string, fields: Column[], optional: boolean): Column {
  return {
    elements: [
      { name, repetition_type: repetition(optional), num_children: fields.length },
      ...fields.flatMap((f) => f.elements),
    ],
    unique: false,
  };
}

/**
 * How a writer hands a top-level column to hyparquet-writer: `unique` as the column says; `statistics`: min/max that a
 * reader can prune row groups by, for the stream id and every scalar that is not a string (times, measures); random
 * strings (CIDs, text, DIDs) gain nothing from them and cost a code-point comparison per value.
 */
export interface ColumnCoding {
  name: string;
  unique: boolean;
  statistics: boolean;
}

export function columnCodings(columns: readonly Column[]): ColumnCoding[] {
  return columns.map((c) => {
    const head = c.elements[0] as SchemaElement;
    const scalar = c.elements.length === 1;
    return {
      name: head.name,
      unique: c.unique,
      statistics: head.name === "stream_id" || (scalar && head.type !== "BYTE_ARRAY"),
    };
  });
}

/** Top-level column names, in file order. */
export function columnNames(columns: readonly Column[]): string[] {
  return columns.map((c) => (c.elements[0] as SchemaElement).name);
}

/** The flattened Parquet schema (root first), as hyparquet-writer takes it. */
export function parquetSchema(columns: readonly Column[]): SchemaElement[] {
  return [{ name: "schema", num_children: columns.length }, ...columns.flatMap((c) => c.elements)];
}
