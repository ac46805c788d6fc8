// Which native snapshots an export bucket already holds, for takeNativeSnapshot's `exported`: an export writes
// <name>-<node>.rdb objects, so a name with any object under `<name>-` is exported.
import { ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";

export function exportedSnapshots(s3: S3Client, bucket: string): (names: string[]) => Promise<Set<string>> {
  return async (names) => {
    const done = new Set<string>();
    for (const name of names) {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: `${name}-`, MaxKeys: 1 }),
      );
      if ((page.KeyCount ?? 0) > 0) done.add(name);
    }
    return done;
  };
}
