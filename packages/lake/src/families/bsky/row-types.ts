// One Bluesky row per stream entry: the values of a table's columns, keyed by column name. Times are epoch
// milliseconds (numbers); `time_us` is a bigint so microseconds survive exactly.

/** Columns every Bluesky table has. */
export interface CommonRow {
  /** The stream entry id, `<ms>-<seq>`: unique per stream, so the natural dedupe key. */
  stream_id: string;
  /** Event time: time_us truncated to milliseconds. */
  event_time: number;
  time_us: bigint;
  /** When Redis added the entry (the time in its id), epoch ms. */
  arrival_time: number;
  did: string;
  rkey: string;
  cid: string;
  /** The record's createdAt, epoch ms; null when it does not parse as a date. */
  created_at: number | null;
}

export interface FacetRow {
  kind: string;
  value: string;
  byte_start: number;
  byte_end: number;
}

export interface EmbedRow {
  kind: string;
  alts: string[] | null;
  uri: string | null;
  title: string | null;
}

export interface PostRow extends CommonRow {
  text: string;
  langs: string[];
  reply_root_uri: string | null;
  reply_root_cid: string | null;
  reply_parent_uri: string | null;
  reply_parent_cid: string | null;
  /** null when the record has no facets. */
  facets: FacetRow[] | null;
  embed: EmbedRow | null;
}

export interface SubjectRefRow extends CommonRow {
  subject_uri: string;
  subject_cid: string;
}

export interface SubjectDidRow extends CommonRow {
  subject: string;
}

export interface BskyRows {
  "bsky.post": PostRow;
  "bsky.like": SubjectRefRow;
  "bsky.repost": SubjectRefRow;
  "bsky.follow": SubjectDidRow;
  "bsky.block": SubjectDidRow;
}
