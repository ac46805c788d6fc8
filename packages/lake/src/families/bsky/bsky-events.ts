// The Bluesky firehose events Sluice buffers and writes to the lake: one JSON payload per stream entry, the entry's
// type (`t`) naming the record kind. Shapes follow the firehose (Jetstream-style commit events), flattened to what
// analytics use: who (did), which record (rkey, cid), when (time_us), and the record's own fields.

/** Event types in the streams, one Parquet table each. */
export const BSKY_EVENT_TYPES = [
  "bsky.post",
  "bsky.like",
  "bsky.repost",
  "bsky.follow",
  "bsky.block",
] as const;
export type BskyEventType = (typeof BSKY_EVENT_TYPES)[number];

/** What every firehose event carries. */
export interface BskyEventBase {
  /** The author's DID: `did:plc:` and 24 base32 characters (or `did:web:<host>`). */
  did: string;
  /** Record key: a TID, 13 base32-sortable characters. */
  rkey: string;
  /** The record's CID: `bafyrei` and 52 base32 characters. */
  cid: string;
  /** When the firehose emitted the event, microseconds since the epoch: the event time the lake partitions by. */
  time_us: number;
  /** When the client says it made the record (ISO 8601; may be skewed or in the future). */
  createdAt: string;
}

/** A reference to another record. */
export interface StrongRef {
  /** `at://<did>/<collection>/<rkey>` */
  uri: string;
  cid: string;
}

export interface Facet {
  kind: "mention" | "link" | "tag";
  /** A DID for a mention, a URL for a link, the tag without `#`. */
  value: string;
  /** UTF-8 byte range in the text. */
  byteStart: number;
  byteEnd: number;
}

export interface Embed {
  kind: "images" | "external" | "record" | "video";
  /** Image or video alt texts (images, video). */
  alts?: string[];
  /** The link (external) or the quoted record's URI (record). */
  uri?: string;
  title?: string;
}

export interface BskyPost extends BskyEventBase {
  text: string;
  /** BCP 47 language tags the client set, 0 to 3. */
  langs: string[];
  reply?: { root: StrongRef; parent: StrongRef };
  facets?: Facet[];
  embed?: Embed;
}

export interface BskyLike extends BskyEventBase {
  subject: StrongRef;
}

export interface BskyRepost extends BskyEventBase {
  subject: StrongRef;
}

export interface BskyFollow extends BskyEventBase {
  /** The followed account's DID. */
  subject: string;
}

export interface BskyBlock extends BskyEventBase {
  /** The blocked account's DID. */
  subject: string;
}

export interface BskyEvents {
  "bsky.post": BskyPost;
  "bsky.like": BskyLike;
  "bsky.repost": BskyRepost;
  "bsky.follow": BskyFollow;
  "bsky.block": BskyBlock;
}
