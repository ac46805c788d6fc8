import type { RedisNode } from "@sluice/streams";

/** Plain data that the streams connection factory accepts. */
export interface RedisTarget {
  mode: "standalone" | "cluster";
  nodes: RedisNode[];
  /** PEM of the CA that signed the server certificate (valid for servername "localhost" and 127.0.0.1). */
  tls?: { ca: string };
  username?: string;
  password?: string;
}

export interface RedisServerOptions {
  /** Append-only file fsync policy; default false: no persistence at all. */
  aof?: false | "everysec" | "always";
  /** requirepass for the default user. */
  password?: string;
  /** An ACL user with all permissions; the default user is disabled. */
  user?: { name: string; password: string };
  /** Serve TLS only, with a certificate generated once per process. */
  tls?: boolean;
  /** e.g. "64mb" */
  maxmemory?: string;
  /** e.g. "noeviction" */
  maxmemoryPolicy?: string;
  /** Extra redis-server arguments, applied last. */
  args?: string[];
}

export interface RedisServer extends AsyncDisposable {
  readonly host: string;
  readonly port: number;
  readonly dir: string;
  /** Mode "standalone", one node, tls/username/password filled as configured. */
  readonly target: RedisTarget;
  /** Runs redis-cli against the server with its tls/auth flags; trimmed stdout, rejects on an error reply. */
  cli(...args: string[]): Promise<string>;
  /** Graceful (SIGTERM): waits for exit, then removes the data dir. Final: the server cannot restart. */
  stop(): Promise<void>;
  /** SIGKILL, waits for exit (a paused server too); the data dir stays, so restart() can reload it. */
  kill(): Promise<void>;
  /** The process id while it runs. */
  readonly pid: number | undefined;
  /**
   * SIGSTOP: the process freezes (a hung node); connections stay open, nothing is answered. Resolves once the
   * process is stopped. stop(), kill() and restart() still work on a paused server.
   */
  pause(): Promise<void>;
  /** SIGCONT: the process answers again, commands sent meanwhile included. Resolves once it runs. */
  resume(): Promise<void>;
  isPaused(): boolean;
  /** Starts again on the same port and dir with the same options (SIGTERM first if it runs); waits for PING. */
  restart(): Promise<void>;
  isRunning(): boolean;
}

export interface RedisReplicaSetOptions extends RedisServerOptions {
  /** Default 1. */
  replicas?: number;
}

/** A standalone primary with replicas; every node has the same options and credentials (masterauth/masteruser). */
export interface RedisReplicaSet extends AsyncDisposable {
  /** The first primary, then its replicas. */
  readonly servers: RedisServer[];
  /** Mode "standalone" on the ORIGINAL first primary's port (put a faultProxy in front to follow a failover). */
  readonly target: RedisTarget;
  /** The current primary, as the harness last made it. */
  primary(): RedisServer;
  /**
   * FAILOVER TO `to` (default: the first reachable replica) on the current primary; with force, TIMEOUT 2000
   * FORCE (switch even if the target has not caught up). FAILOVER needs the target to be a connected replica in
   * sync. Resolves once the target reports role:master and the old primary and the other replicas are linked to it.
   */
  failover(options?: { to?: RedisServer; force?: boolean }): Promise<void>;
  /**
   * REPLICAOF NO ONE on `server`, REPLICAOF it on every other running, unpaused node (after a kill -9 of the
   * primary); resolves once every link to it is up.
   */
  promote(server: RedisServer): Promise<void>;
  /** REPLICAOF `to` on `server` (a restarted old primary comes back as an empty primary); resolves once linked. */
  demote(server: RedisServer, to: RedisServer): Promise<void>;
  stop(): Promise<void>;
}

export interface RedisClusterOptions {
  /** Default 3, the least redis-cli accepts. */
  masters?: number;
  /** 0 (default) or 1: servers[masters + i] replicates servers[i]. */
  replicasPerMaster?: 0 | 1;
  /** cluster-node-timeout; default 2000 with replicas (a killed master is replaced in seconds), else Redis' 15000. */
  nodeTimeoutMs?: number;
  password?: string;
  tls?: boolean;
}

export type ClusterFailoverMode = "graceful" | "force" | "takeover";

export interface RedisCluster extends AsyncDisposable {
  /** Every node: the masters first, then their replicas in the same order. */
  readonly servers: RedisServer[];
  /** Mode "cluster", nodes = every node (seeds). */
  readonly target: RedisTarget;
  /** The current masters, one per shard, as the last failover left them. */
  masters(): RedisServer[];
  /** The replica of a current master; throws for a cluster without replicas. */
  replicaOf(master: RedisServer): RedisServer;
  /**
   * CLUSTER FAILOVER [FORCE|TAKEOVER] on the master's replica; resolves once every reachable node agrees that the
   * replica is master, with cluster_state:ok, and the old master is linked to it as a replica (if it runs).
   */
  failover(master: RedisServer, mode: ClusterFailoverMode): Promise<void>;
  /** After a kill (or a long pause) of `killedMaster`: resolves once the cluster promoted its replica and agrees. */
  waitForPromotion(killedMaster: RedisServer): Promise<void>;
  /** Resolves once every reachable node agrees on masters() with cluster_state:ok and every replica is linked. */
  waitForAgreement(): Promise<void>;
  stop(): Promise<void>;
}

export type TargetKind = "standalone" | "cluster" | "tls-auth";

export interface StartedTarget extends AsyncDisposable {
  readonly target: RedisTarget;
  stop(): Promise<void>;
}

/** Where the fault proxy forwards new connections to: a RedisServer will do. */
export interface ProxyUpstream {
  host: string;
  port: number;
}

export interface FaultProxy extends AsyncDisposable {
  readonly host: string;
  readonly port: number;
  /** The proxy as the nodes of a target: `{ ...redis.target, ...proxy.target }` connects through it. */
  readonly target: { nodes: [{ host: string; port: number }] };
  /**
   * New connections go to `upstream`; open ones stay on the old one (as after a DNS flip) unless closeOpen, which
   * closes them.
   */
  repoint(upstream: ProxyUpstream, options?: { closeOpen?: boolean }): void;
  /** Delays every chunk by `ms` in each direction, on open and new connections (0 ends it). */
  latency(ms: number): void;
  /**
   * A partition: bytes of open (and, unless openOnly, new) connections go nowhere, without an error or a close.
   * New connections still complete the TCP handshake with the proxy. heal() delivers what waited.
   */
  blackhole(options?: { openOnly?: boolean }): void;
  /** Resets every open connection (ECONNRESET) and resets new ones as soon as they connect. */
  drop(): void;
  /** Ends every fault: no latency, black-holed bytes delivered, new connections forwarded again. */
  heal(): void;
  /** Open client connections. */
  connections(): number;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}
