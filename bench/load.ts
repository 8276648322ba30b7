/**
 * Load generator child process: runs autocannon against one URL and prints one JSON line with the
 * result. It runs in its own process so the generator never shares the server's event loop.
 * Usage (from bench/run.ts): `node --import tsx bench/load.ts '<LoadJob JSON>'`
 * @see https://github.com/mcollina/autocannon#api
 */
import { createRequire } from "node:module";

/** What one load round asks for. */
export interface LoadJob {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly connections: number;
  readonly durationSec: number;
  /**
   * Requests each connection sends in turn, as extra headers on top of `headers` (e.g. one
   * `X-Paymock-Session` each); autocannon builds each once, so they cost no more than one.
   */
  readonly variants?: readonly Readonly<Record<string, string>>[];
}

/** What one load round measured. */
export interface LoadResult {
  readonly requestsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly total: number;
  /** Answers whose status was not the expected 2xx class. */
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

interface AutocannonResult {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;

/** Runs one autocannon round in this process. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const path = new URL(job.url).pathname;
  const result = await autocannon({
    url: job.url,
    method: job.method,
    headers: job.headers,
    body: job.body,
    ...(job.variants === undefined
      ? {}
      : {
          requests: job.variants.map((extra) => ({
            method: job.method,
            path,
            headers: { ...job.headers, ...extra },
            ...(job.body === undefined ? {} : { body: job.body }),
          })),
        }),
    connections: job.connections,
    duration: job.durationSec,
    timeout: 10,
  });
  return {
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const arg = process.argv[2];
if (arg !== undefined && process.argv[1]?.endsWith("load.ts")) {
  runLoad(JSON.parse(arg) as LoadJob).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
