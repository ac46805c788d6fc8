// The data fields of a generated message class, every one set, without protobuf.js's `$unknowns` and `toJSON`: the
// shape of what the image analyses compute, so that their result types are the .proto's own instead of copies.
export type MessageFields<T> = Omit<T, "$unknowns" | "toJSON">;
