// What a snapshot's manifest says: each stream's state and the chunks of its entries, the chunks of the other keys,
// and when it was taken. Restore and verification read nothing else to know what a backup holds.
import type { StreamState } from "./stream-state.ts";

export interface ChunkRef {
  /** Object key in the backup bucket. */
  key: string;
  records: number;
  bytes: number;
  sha256: string;
  /** Stream chunks: the first and last entry id in it. */
  firstId?: string;
  lastId?: string;
}

export interface StreamBackup {
  state: StreamState;
  /** Entries backed up: the stream's length at capture, less what retention trimmed meanwhile. */
  entries: number;
  chunks: ChunkRef[];
}

export interface SnapshotManifest {
  kind: "sluice.backup.snapshot";
  version: 1;
  id: string;
  /** Epoch ms. */
  startedAt: number;
  finishedAt: number;
  streams: StreamBackup[];
  keys: { count: number; chunks: ChunkRef[] };
}

export const MANIFEST_KIND = "sluice.backup.snapshot";
