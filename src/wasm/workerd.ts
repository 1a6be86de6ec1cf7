/**
 * The critic's Wasm as a precompiled WebAssembly.Module (Workers forbid compiling bytes at run time).
 * A relative import of a .wasm file: the consumer's wrangler bundles and precompiles it by its default
 * CompiledWasm rule, as for @cf-wasm/* packages. In the package this file is dist/src/wasm/workerd.js
 * and the module dist/build/critic.wasm.
 */
import criticWasm from "../../build/critic.wasm";

export { criticWasm };
