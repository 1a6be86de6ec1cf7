/**
 * Checks on a model file given to a command, made before any work starts: it is a regular file of
 * sane size (not a directory, not /dev/zero), it parses, and it was trained for the command's task.
 * A webshop critic scoring persuasion dialogues runs and prints numbers (AUC 0.51), so a mismatch
 * is refused rather than reported.
 */
import { readFileSync, statSync } from "node:fs";
import { CriticError } from "../critic/errors.ts";
import { readModelFile, type ModelFile } from "../critic/model-file.ts";
import type { ModelMeta } from "../critic/types.ts";
import { CliError } from "./index.ts";

/** Larger than any model this project writes (about 1 MiB) by far; a cap so a device file cannot grow memory forever. */
export const MAX_MODEL_FILE_BYTES = 64 * 1024 * 1024;

/** Reads and parses a model file, or a one-line CliError naming `flag` and what is wrong. */
export function readModelInput(path: string, flag: string): { bytes: Uint8Array; model: ModelFile } {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`${flag}: model file ${path} does not exist`);
  }
  if (st.isDirectory()) throw new CliError(`${flag}: ${path} is a directory, not a model file`);
  if (!st.isFile()) throw new CliError(`${flag}: ${path} is not a regular file`);
  if (st.size > MAX_MODEL_FILE_BYTES) throw new CliError(`${flag}: ${path} is ${st.size} bytes, larger than any model file (limit ${MAX_MODEL_FILE_BYTES})`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CliError(`${flag}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return { bytes, model: readModelFile(bytes) };
  } catch (e) {
    if (e instanceof CriticError) throw new CliError(`${flag}: ${path} is not a valid model file: ${e.message}`);
    throw e;
  }
}

/** The model's metadata, after checking that it was trained for `task`. */
export function checkModelTask(path: string, task: string, flag = "--model"): ModelMeta {
  const { meta } = readModelInput(path, flag).model;
  if (meta.task !== task) throw new CliError(`${flag}: ${path} is a critic for the ${meta.task} task; this command needs one for ${task}`);
  return meta;
}
