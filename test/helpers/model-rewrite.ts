/** Writes a copy of a model file with its metadata changed (crafted or old-style files for tests). */
import { readFileSync } from "node:fs";
import { readModelFile, writeModelFile, type NamedTensor } from "../../src/critic/model-file.ts";
import type { ModelMeta } from "../../src/critic/types.ts";

export function rewriteModel(path: string | URL, patch: (meta: ModelMeta) => Omit<ModelMeta, "tensors">): Uint8Array {
  const file = readModelFile(new Uint8Array(readFileSync(path)));
  const tensors = file.meta.tensors.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, data: file.tensors.get(t.name)! }) as NamedTensor);
  const meta = { ...patch(structuredClone(file.meta)) } as Partial<ModelMeta>;
  delete meta.tensors; // writeModelFile lays the tensor table out again
  return writeModelFile(meta as Omit<ModelMeta, "tensors">, tensors);
}
