// The VPC everything runs in: ElastiCache only listens inside a VPC, and the Fargate consumers and VPC Lambdas that
// reach it sit in its private subnets, leaving through NAT for AWS APIs (CloudWatch, Secrets Manager, ECR) and through
// a free S3 gateway endpoint for backup and lake traffic. A stage creates its own VPC or shares another stage's
// (infra/stages.ts, `network`): AWS allows 5 VPCs and 5 Elastic IPs per region by default and each VPC here takes 2
// Elastic IPs, so production and staging own one each and every other stage, personal `sst dev` stages included,
// shares staging's.
import { production, stage } from "./stage-settings";

/** The address range of every VPC here: SST's Vpc always spans 10.0.0.0/16. */
export const VPC_CIDR = "10.0.0.0/16";

/** The VPC of another stage of this app, found by the tags SST puts on everything; stops the deploy when absent. */
async function sharedVpcId(from: string): Promise<string> {
  const { ids } = await aws.ec2.getVpcs({
    filters: [
      { name: "tag:sst:app", values: [$app.name] },
      { name: "tag:sst:stage", values: [from] },
    ],
  });
  if (ids.length !== 1 || ids[0] === undefined) {
    const found =
      ids.length === 0 ? `none: deploy it first (npx sst deploy --stage ${from})` : `${ids.length}`;
    throw new Error(
      `infra/network.ts: stage "${$app.stage}" shares the VPC of stage "${from}" (infra/stages.ts, network), ` +
        `which has ${found}`,
    );
  }
  return ids[0];
}

// NAT: production uses managed NAT Gateways (one per AZ, no instance to patch, scale on their own, survive an AZ
// loss); other stages use fck-nat EC2 instances (t4g.nano, about a tenth of the price, fine for test traffic).
// Bastion (`sst tunnel` to ElastiCache from a laptop): outside production it reuses the NAT instance, so it is free; in
// production it is an extra instance with SSH open to the internet, on for an incident only (infra/stages.ts).
// Day-to-day debugging uses ECS Exec into a task, which SST enables on every Service.
export const vpc =
  stage.network === "own"
    ? new sst.aws.Vpc("Vpc", {
        nat: production ? "managed" : "ec2",
        bastion: stage.bastion,
        transform: {
          // SST opens the NAT instance to every protocol from anywhere: it only needs what the private subnets send
          // it, and SSH when it is also the bastion (key only; `sst tunnel` connects from anywhere).
          natSecurityGroup: (args) => {
            args.ingress = [
              { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: [VPC_CIDR] },
              ...(stage.bastion
                ? [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }]
                : []),
            ];
          },
        },
      })
    : sst.aws.Vpc.get("Vpc", await sharedVpcId(stage.network.shareFrom));

// Backups every minute and Parquet writes would otherwise pay NAT data processing per GB; a gateway endpoint for S3
// is free and keeps that traffic on the AWS network. It belongs to the stage that owns the VPC (a second one on the
// same route tables would collide).
export const s3Endpoint =
  stage.network === "own"
    ? new aws.ec2.VpcEndpoint("VpcS3Endpoint", {
        vpcId: vpc.id,
        serviceName: $interpolate`com.amazonaws.${aws.getRegionOutput().region}.s3`,
        vpcEndpointType: "Gateway",
        routeTableIds: vpc.nodes.privateRouteTables.apply((tables) => tables.map((table) => table.id)),
      })
    : undefined;
