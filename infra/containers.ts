// What every Fargate task definition of the app shares (each service fargateMain of infra/cluster.ts makes, the
// backup verification task of infra/jobs.ts): the image, a stop timeout and a non-root user on every container, and
// an execution role that may read exactly the secrets the task's containers reference, where SST's default lets it
// read every SSM parameter and secret of the account.

// One image for every Fargate main in functions/services (Dockerfile at the repository root); Node 24 runs the
// TypeScript sources directly, so the entry point is chosen by each service's command.
export const image = { context: ".", dockerfile: "Dockerfile" };

// Seconds between SIGTERM and SIGKILL when a task stops (deploy, scale-in, Spot reclaim). The consumer and the proxy
// use them to finish their in-flight work or hand the entries back. Fargate allows at most 120.
export const stopTimeoutSeconds = 60;

/**
 * A task definition transform: every container gets the stop timeout (SST 4.17.1 has no option for it) and runs as
 * `users[name]`, else as `node`: the image's own USER, stated in the task definition as well so that no image change
 * can make a task run as root unnoticed.
 */
export function containerDefaults(users: Record<string, string> = {}) {
  return (args: aws.ecs.TaskDefinitionArgs): undefined => {
    args.containerDefinitions = $output(args.containerDefinitions).apply((json) =>
      JSON.stringify(
        (JSON.parse(json) as Record<string, unknown>[]).map((container) => ({
          ...container,
          stopTimeout: stopTimeoutSeconds,
          user: users[container.name as string] ?? "node",
        })),
      ),
    );
  };
}

/**
 * An execution role transform: ECS may pull the image and write logs (AWS's managed policy) and read the secrets
 * given, by ARN, to inject them into the containers (ECS `secrets`); nothing else. The policy keeps SST's name,
 * "inline", so that it replaces SST's read-everything policy on a role deployed before (an empty list would leave
 * that in place: pulumi-aws does not manage inline policies it is given none of). No secrets: an explicit denial.
 */
export function executionRoleReading(secretArns: $util.Input<string>[]) {
  const statement =
    secretArns.length === 0
      ? {
          Sid: "NoSecrets",
          Effect: "Deny",
          Action: ["secretsmanager:GetSecretValue", "ssm:GetParameter*"],
          Resource: "*",
        }
      : {
          Sid: "ReadOwnSecrets",
          Effect: "Allow",
          Action: "secretsmanager:GetSecretValue",
          Resource: secretArns,
        };
  return (args: aws.iam.RoleArgs): undefined => {
    args.inlinePolicies = [
      { name: "inline", policy: $jsonStringify({ Version: "2012-10-17", Statement: [statement] }) },
    ];
  };
}
