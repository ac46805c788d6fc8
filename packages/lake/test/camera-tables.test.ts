import {
  decodeFrame,
  FRAME_CONTENT_TYPE,
  FRAME_EVENTS,
  FRAME_STREAMS,
  msFromTimestamp,
} from "@sluice/frames";
import {
  analyzedFrame,
  type CameraShot,
  deadLetters,
  H10,
  LANES,
  listKeys,
  produce,
  queryLake,
  throughFramePipeline,
  useLakeKit,
} from "@sluice/lake/testing";
import { decodeEntry, type EntryInput, streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";

const kit = useLakeKit();
const MINUTE = 60_000;
const OUTPUT = FRAME_STREAMS.output;

/** A camera table's rows in `order`, with the capture time as epoch ms. */
const tableOf = (table: string, order: string) =>
  `SELECT * EXCLUDE (year, month, day, hour), epoch_ms(captured_at)::DOUBLE AS captured_ms
   FROM read_parquet('{lake}/${OUTPUT}/type=${table}/**/*.parquet', hive_partitioning = true) ORDER BY ${order}`;

describe("camera tables", () => {
  it("write a row per frame and one per region from the frame pipeline's own output, without the image", async () => {
    // 22 frames of an empty road (the background model learns it), 3 with a vehicle in lane-1, a dark one, a broken one.
    const shots: CameraShot[] = [
      ...Array.from({ length: 25 }, (_, i) => ({
        camera: "cam-a",
        capturedMs: H10 + i * MINUTE,
        ...(i >= 22 && { vehicles: [{ x: 40, y: 150 }] }),
      })),
      { camera: "cam-a", capturedMs: H10 + 70 * MINUTE, dark: true },
      { camera: "cam-a", capturedMs: H10 + 71 * MINUTE, broken: true },
    ];
    await throughFramePipeline(kit.redis.target, kit.client, shots);
    const entries = (await kit.client.callBuffer("XRANGE", streamKeys(OUTPUT).stream, "-", "+")) as [
      Buffer,
      Buffer[],
    ][];
    const frames = entries.map(([id, fields]) => {
      const decoded = decodeEntry(id.toString(), fields);
      if (!("entry" in decoded)) throw new Error(decoded.foreign);
      return { entry: decoded.entry, frame: decodeFrame(decoded.entry.data) };
    });

    const report = await kit.drain(OUTPUT);
    expect(report).toMatchObject({ stoppedBy: "drained", deadLettered: 0, rows: 27 + 26 * LANES.length });
    expect(await listKeys(kit.s3, `${OUTPUT}/type=`)).toEqual([
      expect.stringMatching(/^frames\.output\/type=camera_frames_v1\/year=2025\/month=06\/day=07\/hour=10\//),
      expect.stringMatching(/^frames\.output\/type=camera_frames_v1\/year=2025\/month=06\/day=07\/hour=11\//),
      expect.stringMatching(/^frames\.output\/type=camera_roi_v1\/year=2025\/month=06\/day=07\/hour=10\//),
      expect.stringMatching(/^frames\.output\/type=camera_roi_v1\/year=2025\/month=06\/day=07\/hour=11\//),
    ]);

    const rows = await queryLake(kit.s3, `${OUTPUT}/`, tableOf("camera_frames_v1", "captured_at"));
    expect(rows.map((row) => row.stream_id)).toEqual(frames.map(({ entry }) => entry.id));
    for (const [i, row] of rows.entries()) {
      const { frame } = frames[i] as (typeof frames)[number];
      expect(row).toMatchObject({
        camera_id: "cam-a",
        frame_id: frame.frameId,
        captured_ms: Math.floor(msFromTimestamp(frame.capturedAt ?? {})),
        sharpness: frame.quality?.sharpness ?? null,
        occupancy: frame.traffic?.occupancy ?? null,
        image_bytes: frame.image?.data?.length ?? null,
        regions: 2,
      });
    }
    expect(rows.map((row) => [row.stage, row.status])).toEqual([
      ...Array.from({ length: 25 }, () => ["analyzed", "ok"]),
      ["analyzed", "degraded"],
      ["processed", "failed"],
    ]);
    expect(rows.at(-1)).toMatchObject({
      error: expect.stringMatching(/not a JPEG/),
      image_bytes: null,
      sharpness: null,
    });
    const types = await queryLake(
      kit.s3,
      `${OUTPUT}/`,
      `SELECT DISTINCT column_type FROM (DESCRIBE SELECT * FROM read_parquet('{lake}/${OUTPUT}/type=*/**/*.parquet',
         union_by_name = true))`,
    );
    expect(types.map((t) => t.column_type)).not.toContain("BLOB");

    const regions = await queryLake(kit.s3, `${OUTPUT}/`, tableOf("camera_roi_v1", "captured_at, roi_id"));
    expect(regions).toHaveLength(26 * LANES.length);
    const analysed = frames.filter(({ entry }) => entry.type === FRAME_EVENTS.analyzed);
    expect(regions.map((r) => [r.stream_id, r.roi_id, r.occupancy, r.occupied])).toEqual(
      analysed.flatMap(({ entry, frame }) =>
        frame.roiAnalyses.map((roi) => [entry.id, roi.region?.id, roi.occupancy, roi.occupied]),
      ),
    );
    const lane1 = regions.filter((r) => r.roi_id === "lane-1" && r.status === "ok");
    expect(lane1.map((r) => r.occupied)).toEqual([...Array(22).fill(false), true, true, true]);
  });

  it("dead-letter the frames they cannot write, each once, and write the rest", async () => {
    const stream = uniqueStream("camera");
    const good = analyzedFrame("cam-b", H10, 1);
    const noRegions = analyzedFrame("cam-b", H10 + MINUTE, 2, []);
    const bad: EntryInput[] = [
      { type: FRAME_EVENTS.analyzed, contentType: FRAME_CONTENT_TYPE, data: Buffer.from("not protobuf") },
      { ...good, contentType: "application/json", data: "{}" },
      { type: "frame.unknown", contentType: FRAME_CONTENT_TYPE, data: good.data },
      analyzedFrame("cam-b", Date.UTC(1990, 0, 1), 3),
    ];
    const ids = await produce(kit.client, stream, [good, ...bad, noRegions]);
    const report = await kit.drain(stream);
    expect(report).toMatchObject({ rows: 2 + LANES.length, deadLettered: bad.length });
    const dead = await deadLetters(kit.client, stream);
    expect(dead.map((d) => d["x.id"])).toEqual(ids.slice(1, 1 + bad.length));
    expect(dead.map((d) => d["x.error"])).toEqual([
      expect.stringMatching(
        /^frame\.analyzed entry \S+: data is not a valid sluice\.frames\.v1\.ProcessedFrame/,
      ),
      `content type "application/json" is not ${FRAME_CONTENT_TYPE}`,
      'event type "frame.unknown" has no lake table',
      expect.stringMatching(/captured_at is out of range \(years 2000-2099\)/),
    ]);
    const perTable = await queryLake(
      kit.s3,
      `${stream}/`,
      `SELECT type, count(*)::INTEGER AS n FROM read_parquet('{lake}/${stream}/type=*/**/*.parquet',
         hive_partitioning = true, union_by_name = true) GROUP BY type ORDER BY type`,
    );
    expect(perTable).toEqual([
      { type: "camera_frames_v1", n: 2 },
      { type: "camera_roi_v1", n: LANES.length },
    ]);
  });
});
