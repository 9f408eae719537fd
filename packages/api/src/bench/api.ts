import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { benchSchema } from '@casebook/event-store/bench';
import { signToken } from '../auth/jwt';
import { commandMix } from './command-mix';
import { paced, type PacedRequest } from './paced';

/**
 * `pnpm bench api [--json] [--seconds N]`, against the PostgreSQL in DATABASE_URL, with the server
 * in a child process (the load generator must not share its event loop):
 * (a) `GET /health/live` through the whole Nest stack beside a bare Fastify route -> ratio;
 * (b) a command mix (file complaint, log interaction, assign, request refund): unthrottled for the
 *     peak (autocannon, 16 connections), then paced open-loop at 25, 50 and 75% of it for p50/p99;
 *     beside it the same mix through bare routes doing the same durable work (bench/baseline.ts):
 *     its peak (`baselinePerSecond`, `ratio`) and its p99 paced at our half peak (`baselineP99Ms`).
 */
export async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const seconds = Number(argv[argv.indexOf('--seconds') + 1] ?? 0) || 5;
  const schema = await benchSchema('api');
  const secret = randomBytes(32).toString('hex');
  const child = fork(join(__dirname, 'server.js'), [], {
    env: { ...process.env, BENCH_DATABASE_URL: schema.url, BENCH_SECRET: secret },
  });
  try {
    const { api, bare, baseline } = await ready(child);
    const results: Record<string, unknown>[] = [await health(api, bare, seconds)];
    const token = signToken({ sub: 'bench-agent', roles: ['agent'] }, secret, 3600);
    results.push(...(await commands(api, baseline, token, seconds)));
    if (json) for (const r of results) console.log(JSON.stringify(r));
    else console.table(results);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await schema.drop();
  }
}

const ready = (child: ChildProcess) =>
  new Promise<{ api: string; bare: string; baseline: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { api: string; bare: string; baseline: string }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });

const run = (opts: autocannon.Options) => autocannon({ connections: 16, ...opts });

async function health(base: string, bareUrl: string, seconds: number) {
  await run({ url: `${bareUrl}/bare`, duration: 1 });
  const baseline = await run({ url: `${bareUrl}/bare`, duration: seconds });
  const sameHeaders = await run({ url: `${bareUrl}/bare-headers`, duration: seconds });
  await run({ url: `${base}/health/live`, duration: 1 });
  const ours = await run({ url: `${base}/health/live`, duration: seconds });
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    case: 'health-live-vs-bare-fastify',
    requestsPerSecond: Math.round(ours.requests.average),
    baselinePerSecond: Math.round(baseline.requests.average),
    ratio: ratio(ours.requests.average, baseline.requests.average),
    // Bare Fastify sending casebook's response headers too: the API's own work beside bytes.
    sameHeadersPerSecond: Math.round(sameHeaders.requests.average),
    ratioSameHeaders: ratio(ours.requests.average, sameHeaders.requests.average),
    p50Ms: ours.latency.p50,
    p99Ms: ours.latency.p99,
  };
}

/** The baseline's peak and its p99 at `rate`: the same mix through bare routes (bench/baseline.ts). */
async function baselineRun(url: string, token: string, seconds: number, rate: number) {
  const mix = await commandMix(url, token, 200);
  const peak = await run({ url, duration: seconds, requests: [{ setupRequest: mix }] });
  const paced50 = await paced(url, rate, seconds, () => mix({}) as PacedRequest);
  return {
    perSecond: Math.round(peak['2xx'] / seconds),
    non2xx: peak.non2xx + paced50.failed,
    p99Ms: paced50.p99Ms,
  };
}

async function commands(base: string, baselineUrl: string, token: string, seconds: number) {
  const mix = await commandMix(base, token, 200);
  const requests = [{ setupRequest: mix }];
  const peak = await run({ url: base, duration: seconds, requests });
  const peakRate = Math.round(peak['2xx'] / seconds);
  const half = Math.max(1, Math.floor(peakRate / 2));
  const baseline = await baselineRun(baselineUrl, token, seconds, half);
  const row = (name: string, r: autocannon.Result) => ({
    case: name,
    commandsPerSecond: Math.round(r['2xx'] / seconds),
    non2xx: r.non2xx,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
  });
  const rows: Record<string, unknown>[] = [
    {
      ...row('command-mix-peak', peak),
      baselinePerSecond: baseline.perSecond,
      ratio: Math.round((peakRate / baseline.perSecond) * 100) / 100,
      baselineNon2xx: baseline.non2xx,
    },
  ];
  const next = () => mix({}) as PacedRequest;
  for (const share of [25, 50, 75]) {
    const target = Math.max(1, Math.floor((peakRate * share) / 100));
    const r = await paced(base, target, seconds, next);
    const name = share === 50 ? 'command-mix-half-peak' : `command-mix-${share}pct-peak`;
    rows.push({
      case: name,
      targetPerSecond: target,
      commandsPerSecond: Math.round(r.ok / seconds),
      non2xx: r.failed,
      p50Ms: r.p50Ms,
      p99Ms: r.p99Ms,
      ...(share === 50 ? { baselineP99Ms: baseline.p99Ms } : {}),
    });
  }
  return rows;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
