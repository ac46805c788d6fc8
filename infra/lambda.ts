// What every Lambda function of the app shares (API routes, the drain consumer, the scheduled jobs): Node 24 on arm64
// (pure JavaScript dependencies, about 20% cheaper per GB-second with nothing to cross-compile), the VPC's private
// subnets next to ElastiCache, log retention by stage, and a role only Lambda can assume.
import { vpc } from "./network";
import { production } from "./stage-settings";

// SST 4.17.1 lets the account's root principal assume every function role (it tests an Output as a boolean where it
// meant `sst dev`), so any principal of the account allowed sts:AssumeRole could act as any function. Outside
// `sst dev`, where the laptop does assume the roles to run functions locally, only Lambda may.
function lambdaOnlyTrust(args: aws.iam.RoleArgs): undefined {
  if ($dev) return;
  args.assumeRolePolicy = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
    ],
  });
}

export const lambdaDefaults = {
  runtime: "nodejs24.x",
  architecture: "arm64",
  vpc,
  logging: { retention: production ? "3 months" : "1 week" },
  transform: { role: lambdaOnlyTrust },
} satisfies Partial<sst.aws.FunctionArgs>;
