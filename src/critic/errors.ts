/** Every failure of the critic runtime (bad model file, bad input, missing head) is a CriticError with a code. */
export type CriticErrorCode =
  | "truncated"
  | "bad_magic"
  | "bad_version"
  | "bad_meta"
  | "inconsistent_dims"
  | "bad_scale"
  | "checksum"
  | "encoder_mismatch"
  | "no_v_head"
  | "bad_input"
  | "stale_build";

export class CriticError extends Error {
  constructor(
    readonly code: CriticErrorCode,
    /** The message without its "critic <code>:" prefix (lets a caller add context, e.g. the file's path). */
    readonly detail: string,
  ) {
    super(`critic ${code}: ${detail}`);
    this.name = "CriticError";
  }
}
