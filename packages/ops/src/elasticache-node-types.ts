// Memory (GiB) and vCPUs of the current ElastiCache node types (Graviton t4g, m7g, r7g), smallest first, as AWS lists them
// in "Supported node types" of the ElastiCache user guide
// (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html).

export interface NodeType {
  name: string;
  /** The node's memory (its maxmemory), GiB. */
  memoryGiB: number;
  /** Its vCPUs: Redis runs commands on one of them (the CPU alarm's threshold is 90 ÷ vCPUs). */
  vcpus: number;
}

export const ELASTICACHE_NODE_TYPES: readonly NodeType[] = [
  { name: "cache.t4g.micro", memoryGiB: 0.5, vcpus: 2 },
  { name: "cache.t4g.small", memoryGiB: 1.37, vcpus: 2 },
  { name: "cache.t4g.medium", memoryGiB: 3.09, vcpus: 2 },
  { name: "cache.m7g.large", memoryGiB: 6.38, vcpus: 2 },
  { name: "cache.m7g.xlarge", memoryGiB: 12.93, vcpus: 4 },
  { name: "cache.r7g.large", memoryGiB: 13.07, vcpus: 2 },
  { name: "cache.m7g.2xlarge", memoryGiB: 26.04, vcpus: 8 },
  { name: "cache.r7g.xlarge", memoryGiB: 26.32, vcpus: 4 },
  { name: "cache.m7g.4xlarge", memoryGiB: 52.26, vcpus: 16 },
  { name: "cache.r7g.2xlarge", memoryGiB: 52.82, vcpus: 8 },
  { name: "cache.m7g.8xlarge", memoryGiB: 103.68, vcpus: 32 },
  { name: "cache.r7g.4xlarge", memoryGiB: 105.81, vcpus: 16 },
  { name: "cache.m7g.12xlarge", memoryGiB: 157.12, vcpus: 48 },
  { name: "cache.m7g.16xlarge", memoryGiB: 209.55, vcpus: 64 },
  { name: "cache.r7g.8xlarge", memoryGiB: 209.55, vcpus: 32 },
  { name: "cache.r7g.12xlarge", memoryGiB: 317.77, vcpus: 48 },
  { name: "cache.r7g.16xlarge", memoryGiB: 419.09, vcpus: 64 },
];
