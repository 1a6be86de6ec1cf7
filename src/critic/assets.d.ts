// How bundled assets arrive in the Worker (wrangler.toml rules): .wasm as a precompiled
// WebAssembly.Module (CompiledWasm), .pnlc model files as raw bytes (Data).
declare module "*.wasm" {
  const module: WebAssembly.Module;
  export default module;
}
declare module "*.pnlc" {
  const bytes: ArrayBuffer;
  export default bytes;
}
