/**
 * The critic's Q network as an ONNX graph (float32), built in JS with onnx-proto, for the
 * onnxruntime-web comparison. Same computation as the int8 runtime: embedding bags for the first
 * layer (Gather, Mul by feature values, ReduceSum over the bag), a broadcast add of the three
 * partials over thoughts x goals, then two dense layers and a sigmoid.
 * Bags are padded to the longest text with index 0 and value 0.
 */
import onnxProto from "onnx-proto";
import type { FloatCriticParams, SparseFeatures } from "../src/critic/index.ts";

const { onnx } = onnxProto as unknown as { onnx: any };
const FLOAT = 1;
const INT64 = 7;

function tensor(name: string, dims: number[], data: Float32Array | BigInt64Array) {
  return {
    name,
    dims,
    dataType: data instanceof Float32Array ? FLOAT : INT64,
    rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}

function input(name: string, elemType: number, dims: Array<string | number>) {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === "string" ? { dimParam: d } : { dimValue: d })) } } },
  };
}

const node = (opType: string, inputs: string[], outputs: string[], attrs: any[] = []) => ({ opType, input: inputs, output: outputs, attribute: attrs });

export function buildQGraph(p: FloatCriticParams): Uint8Array {
  const [h1, h2] = p.hidden;
  const w2t = new Float32Array(h1 * h2);
  for (let o = 0; o < h2; o++) for (let j = 0; j < h1; j++) w2t[j * h2 + o] = p.q.w2[o * h1 + j]!;
  const nodes: any[] = [];
  const bag = (x: string, w: string) => {
    nodes.push(node("Gather", [w, `${x}_idx`], [`${x}_rows`], [{ name: "axis", type: 2, i: 0 }]));
    nodes.push(node("Mul", [`${x}_rows`, `${x}_val`], [`${x}_weighted`]));
    nodes.push(node("ReduceSum", [`${x}_weighted`, "axis1"], [`${x}_p`], [{ name: "keepdims", type: 2, i: 0 }]));
  };
  bag("s", "w1s");
  bag("t", "w1t");
  bag("g", "w1g");
  nodes.push(node("Reshape", ["t_p", "shape_t"], ["t_p3"]));
  nodes.push(node("Reshape", ["g_p", "shape_g"], ["g_p3"]));
  nodes.push(node("Add", ["t_p3", "g_p3"], ["tg"]));
  nodes.push(node("Add", ["tg", "s_p"], ["tgs"]));
  nodes.push(node("Add", ["tgs", "b1"], ["pre1"]));
  nodes.push(node("Relu", ["pre1"], ["h1"]));
  nodes.push(node("Reshape", ["h1", "shape_pairs"], ["h1_pairs"]));
  nodes.push(node("MatMul", ["h1_pairs", "w2t"], ["mm2"]));
  nodes.push(node("Add", ["mm2", "b2"], ["pre2"]));
  nodes.push(node("Relu", ["pre2"], ["h2"]));
  nodes.push(node("MatMul", ["h2", "w3"], ["mm3"]));
  nodes.push(node("Add", ["mm3", "b3"], ["z"]));
  nodes.push(node("Sigmoid", ["z"], ["q"]));
  const graph = {
    name: "pnlc_q",
    node: nodes,
    initializer: [
      tensor("w1s", [p.inputDim, h1], p.q.w1.state),
      tensor("w1t", [p.inputDim, h1], p.q.w1.thought!),
      tensor("w1g", [p.inputDim, h1], p.q.w1.goal),
      tensor("b1", [h1], p.q.b1),
      tensor("w2t", [h1, h2], w2t),
      tensor("b2", [h2], p.q.b2),
      tensor("w3", [h2, 1], p.q.w3),
      tensor("b3", [1], p.q.b3),
      tensor("axis1", [1], BigInt64Array.of(1n)),
      tensor("shape_t", [3], BigInt64Array.of(-1n, 1n, BigInt(h1))),
      tensor("shape_g", [3], BigInt64Array.of(1n, -1n, BigInt(h1))),
      tensor("shape_pairs", [2], BigInt64Array.of(-1n, BigInt(h1))),
    ],
    input: [
      input("s_idx", INT64, [1, "Ks"]),
      input("s_val", FLOAT, [1, "Ks", 1]),
      input("t_idx", INT64, ["T", "Kt"]),
      input("t_val", FLOAT, ["T", "Kt", 1]),
      input("g_idx", INT64, ["G", "Kg"]),
      input("g_val", FLOAT, ["G", "Kg", 1]),
    ],
    output: [input("q", FLOAT, ["P", 1])],
  };
  const model = { irVersion: 7, opsetImport: [{ domain: "", version: 13 }], producerName: "pnlc-edge bench", graph };
  return onnx.ModelProto.encode(onnx.ModelProto.fromObject(model)).finish();
}

/** Pads a list of bags into [n, K] indices and [n, K, 1] values (index 0, value 0 as padding). */
export function padBags(bags: SparseFeatures[]): { idx: BigInt64Array; val: Float32Array; k: number } {
  const k = Math.max(1, ...bags.map((b) => b.indices.length));
  const idx = new BigInt64Array(bags.length * k);
  const val = new Float32Array(bags.length * k);
  bags.forEach((b, i) => {
    for (let j = 0; j < b.indices.length; j++) {
      idx[i * k + j] = BigInt(b.indices[j]!);
      val[i * k + j] = b.values[j]!;
    }
  });
  return { idx, val, k };
}
