// Memory of the current ElastiCache node types (Graviton t4g, m7g, r7g) in GiB, smallest first, as AWS lists them
// in "Supported node types" of the ElastiCache user guide
// (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html).

export interface NodeType {
  name: string;
  /** The node's memory (its maxmemory), GiB. */
  memoryGiB: number;
}

export const ELASTICACHE_NODE_TYPES: readonly NodeType[] = [
  { name: "cache.t4g.micro", memoryGiB: 0.5 },
  { name: "cache.t4g.small", memoryGiB: 1.37 },
  { name: "cache.t4g.medium", memoryGiB: 3.09 },
  { name: "cache.m7g.large", memoryGiB: 6.38 },
  { name: "cache.m7g.xlarge", memoryGiB: 12.93 },
  { name: "cache.r7g.large", memoryGiB: 13.07 },
  { name: "cache.m7g.2xlarge", memoryGiB: 26.04 },
  { name: "cache.r7g.xlarge", memoryGiB: 26.32 },
  { name: "cache.m7g.4xlarge", memoryGiB: 52.26 },
  { name: "cache.r7g.2xlarge", memoryGiB: 52.82 },
  { name: "cache.m7g.8xlarge", memoryGiB: 103.68 },
  { name: "cache.r7g.4xlarge", memoryGiB: 105.81 },
  { name: "cache.m7g.12xlarge", memoryGiB: 157.12 },
  { name: "cache.m7g.16xlarge", memoryGiB: 209.55 },
  { name: "cache.r7g.8xlarge", memoryGiB: 209.55 },
  { name: "cache.r7g.12xlarge", memoryGiB: 317.77 },
  { name: "cache.r7g.16xlarge", memoryGiB: 419.09 },
];
