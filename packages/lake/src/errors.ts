import { SluiceError, type SluiceErrorOptions } from "@sluice/streams";

/**
 * Another lake writer run got in the way: the run lock expired or was taken over (`lake.lock_lost`), or the
 * group moved while a segment was written (`lake.cursor_changed`). The run stops without committing; its
 * successor rewrites the same segment.
 */
export class LakeConflictError extends SluiceError {
  override name = "LakeConflictError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("conflict", code, message, options);
  }
}
