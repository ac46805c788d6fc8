import { SluiceError, type SluiceErrorOptions } from "@sluice/streams";

/**
 * Another lake writer run got in the way: the run lock expired or was taken over (`lake.lock_lost`), the group
 * moved while a segment was written (`lake.cursor_changed`, `lake.segment_changed`) or vanished
 * (`lake.group_missing`). The run stops without committing; its successor rewrites the same segment.
 */
export class LakeConflictError extends SluiceError {
  override name = "LakeConflictError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("conflict", code, message, options);
  }
}

/**
 * An encoder thread failed (`lake.encoder_failed`: storage refused a file, the thread ran out of memory or
 * crashed). The kind and code of the thread's own error are kept when it had them; its message is in `message`
 * and its name in `details.name`.
 */
export class LakeEncoderError extends SluiceError {
  override name = "LakeEncoderError";
}

/** A run that failed after committing some segments: `report` says what it committed before `cause`. */
export class LakeRunError<R> extends Error {
  override name = "LakeRunError";
  readonly report: R;
  constructor(message: string, report: R, cause: unknown) {
    super(message, { cause });
    this.report = report;
  }
}
