// The resource graph of one evaluation of the SST app (evaluate.ts), and the readers the graph test asks it with:
// resources by type, IAM policy statements in one shape, container definitions, a count per type.

/** One registered resource: its type, logical name, resolved inputs and resource options. */
export interface GraphResource {
  type: string;
  name: string;
  custom: boolean;
  /** The logical name of the parent resource ("" for the stack). */
  parent: string;
  inputs: Record<string, unknown>;
  protect: boolean;
  retainOnDelete: boolean;
  /** What a component registered as its outputs (SST's dev commands keep their command here). */
  outputs?: Record<string, unknown>;
}

/** The resources of a type, e.g. `aws:lambda/function:Function`. */
export function ofType(resources: GraphResource[], type: string): GraphResource[] {
  return resources.filter((resource) => resource.type === type);
}

/** How many resources of each type, types sorted: the graph's shape, kept in a snapshot. */
export function countByType(resources: GraphResource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { type } of [...resources].sort((a, b) => a.type.localeCompare(b.type))) {
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

/** An IAM statement with its lists always lists. */
export interface Statement {
  role: string;
  effect: string;
  actions: string[];
  resources: string[];
  principals: unknown;
}

const list = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);

/** A policy document (a JSON string or an object) as statements. */
export function statementsOf(role: string, document: unknown): Statement[] {
  if (document === undefined || document === null || document === "") return [];
  const parsed = (typeof document === "string" ? JSON.parse(document) : document) as { Statement?: unknown };
  const statements = parsed.Statement === undefined ? [] : [parsed.Statement].flat();
  return statements.map((raw) => {
    const s = raw as Record<string, unknown>;
    return {
      role,
      effect: String(s.Effect ?? "Allow"),
      actions: list(s.Action),
      resources: list(s.Resource),
      principals: s.Principal,
    };
  });
}

/** Every permission statement of every role (inline policies), for the least-privilege checks. */
export function roleStatements(resources: GraphResource[]): Statement[] {
  return ofType(resources, "aws:iam/role:Role").flatMap((role) =>
    ((role.inputs.inlinePolicies as { policy?: unknown }[] | undefined) ?? []).flatMap((policy) =>
      statementsOf(role.name, policy.policy),
    ),
  );
}

/** An ECS container definition, with the fields the checks read. */
export interface Container {
  name: string;
  user?: string;
  stopTimeout?: number;
  environment: { name: string; value: string }[];
  secrets?: { name: string; valueFrom: string }[];
}

/** A task definition's containers (ECS container definitions). */
export function containersOf(taskDefinition: GraphResource): Container[] {
  const json = taskDefinition.inputs.containerDefinitions;
  return (typeof json === "string" ? JSON.parse(json) : json) as Container[];
}

/** The first container of a service's or task's task definition (SST names it `<name>Task`). */
export function mainContainer(resources: GraphResource[], name: string): Container {
  const taskDefinition = ofType(resources, "aws:ecs/taskDefinition:TaskDefinition").find(
    (t) => t.name === `${name}Task`,
  );
  const [container] = taskDefinition ? containersOf(taskDefinition) : [];
  if (!container) throw new Error(`no task definition ${name}Task in the graph`);
  return container;
}
