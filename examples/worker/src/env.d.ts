// How wrangler hands model files to the Worker (the Data rule in wrangler.toml): raw bytes.
declare module "*.pnlc" {
  const bytes: ArrayBuffer;
  export default bytes;
}
declare module "*.wasm" {
  const module: WebAssembly.Module;
  export default module;
}
