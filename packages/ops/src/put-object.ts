// How every Sluice object is written to S3: one PutObject with its content type, encrypted by S3 (SSE-S3).
import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";

export async function putObject(
  client: S3Client,
  bucket: string,
  key: string,
  body: Uint8Array | string,
  contentType: string,
): Promise<void> {
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: contentType,
      ServerSideEncryption: "AES256",
    }),
  );
}
