// The VPC everything runs in: ElastiCache only listens inside a VPC, and the Fargate consumers and VPC Lambdas
// that reach it sit in its private subnets, leaving through NAT for AWS APIs (CloudWatch, Secrets Manager, ECR)
// and through a free S3 gateway endpoint for backup and lake traffic.

const production = $app.stage === "production";

// NAT: production uses managed NAT Gateways (one per AZ, no instance to patch, scale on their own, survive an AZ
// loss); other stages use fck-nat EC2 instances (t4g.nano, about a tenth of the price, fine for test traffic).
// Bastion: in non-production stages it reuses the NAT instance, so it is free and lets `sst tunnel` reach
// ElastiCache from a laptop. In production it would be an extra instance with SSH open to the internet, so it
// is opt-in for an incident (`SLUICE_BASTION=1 sst deploy --stage production`, removed by the next deploy
// without it); day-to-day debugging uses ECS Exec into a consumer task, which SST enables on every Service.
export const vpc = new sst.aws.Vpc("Vpc", {
  nat: production ? "managed" : "ec2",
  bastion: production ? process.env.SLUICE_BASTION === "1" : true,
});

// Backups every minute and Parquet writes would otherwise pay NAT data processing per GB; a gateway endpoint
// for S3 is free and keeps that traffic on the AWS network.
export const s3Endpoint = new aws.ec2.VpcEndpoint("VpcS3Endpoint", {
  vpcId: vpc.id,
  serviceName: $interpolate`com.amazonaws.${aws.getRegionOutput().region}.s3`,
  vpcEndpointType: "Gateway",
  routeTableIds: vpc.nodes.privateRouteTables.apply((tables) => tables.map((table) => table.id)),
});
