// Minimal types for the part of autocannon 9 the service benchmark uses (no @types package installed).
declare module "autocannon" {
  interface Histogram { average: number; p50: number; p97_5: number; p99: number; max: number; total: number }
  interface Result { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number }
  interface Options { url: string; method?: string; headers?: Record<string, string>; body?: string; connections?: number; overallRate?: number; duration?: number; timeout?: number }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
