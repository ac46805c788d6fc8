// Which ElastiCache node type, or how many shards of one, hold a memory need. A node's usable memory is its
// maxmemory less the 25% ElastiCache reserves by default (reserved-memory-percent), and the need must stay under
// 70% of that: the memory audit's warning level.
import { InvalidInputError } from "@sluice/streams";
import { ELASTICACHE_NODE_TYPES, type NodeType } from "../elasticache-node-types.ts";

const RESERVED_SHARE = 0.25;
const TARGET_SHARE = 0.7;
const GIB = 1024 ** 3;

/** What one node of the type may hold at most: 70% of its memory less the reserved 25%. */
export function nodeCapacityBytes(type: NodeType): number {
  return type.memoryGiB * GIB * (1 - RESERVED_SHARE) * TARGET_SHARE;
}

export function findNodeType(name: string): NodeType {
  const type = ELASTICACHE_NODE_TYPES.find((candidate) => candidate.name === name);
  if (type === undefined) {
    const known = ELASTICACHE_NODE_TYPES.map((candidate) => candidate.name).join(", ");
    throw new InvalidInputError(
      "ops.unknown_node_type",
      `Unknown node type ${JSON.stringify(name)}; known: ${known}`,
    );
  }
  return type;
}

/** The smallest node type that holds `bytes`; undefined when none does (then only shards do). */
export function smallestNodeType(bytes: number): NodeType | undefined {
  return ELASTICACHE_NODE_TYPES.find((type) => nodeCapacityBytes(type) >= bytes);
}

/** Shards of `type` that hold `bytes` between them, at least one. */
export function shardsNeeded(type: NodeType, bytes: number): number {
  return Math.max(1, Math.ceil(bytes / nodeCapacityBytes(type)));
}
