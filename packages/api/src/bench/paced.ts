import { percentile } from '@casebook/event-store/bench';

export interface PacedRequest {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/**
 * Open-loop load: one request every 1/rate seconds, whatever the answers do, for `seconds`. Unlike
 * autocannon's `overallRate` (which sends each second's quota in a burst), latencies measured
 * this way are what a steady stream of callers sees.
 */
export async function paced(base: string, rate: number, seconds: number, next: () => PacedRequest) {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const req = next();
    const t0 = performance.now();
    const init = { method: req.method ?? 'GET', headers: req.headers, body: req.body as string | undefined };
    inFlight.push(
      fetch(`${base}${req.path ?? '/'}`, init)
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.ok) ok++;
          else failed++;
          latencies.push(performance.now() - t0);
        })
        .catch(() => void failed++),
    );
  }
  await Promise.all(inFlight);
  return { ok, failed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}
