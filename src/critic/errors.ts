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
  | "bad_input";

export class CriticError extends Error {
  constructor(
    readonly code: CriticErrorCode,
    message: string,
  ) {
    super(`critic ${code}: ${message}`);
    this.name = "CriticError";
  }
}
