import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { percentile } from '@casebook/event-store/bench';
import { lifecycles, send } from './lifecycle';

export interface Period {
  /** Seconds since the load started, at the period's end. */
  readonly atSeconds: number;
  readonly commandsPerSecond: number;
  readonly non2xx: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The machine's 1-minute load average at the period's end: others' work shows here. */
  readonly load1: number;
}

/**
 * Open-loop lifecycle load (bench/lifecycle.ts): one command every 1/rate seconds for `seconds`,
 * whatever the answers do. Answers are counted in the period in which their command was sent;
 * `onPeriod` is called at each period's end with what has answered so far (a slow straggler lands
 * in its own period's figures only if it answered by then, as in a dashboard).
 */
export async function soakLoad(opts: {
  base: string;
  token: string;
  rate: number;
  seconds: number;
  periodSeconds: number;
  onPeriod: (p: Period) => Promise<void>;
}): Promise<void> {
  const { base, rate, seconds, periodSeconds } = opts;
  const next = lifecycles(opts.token);
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  let bucket = { latencies: [] as number[], ok: 0, failed: 0 };
  let periodEnd = periodSeconds;
  const close = async (at: number) => {
    const b = bucket;
    bucket = { latencies: [], ok: 0, failed: 0 };
    await opts.onPeriod({
      atSeconds: at,
      commandsPerSecond: Math.round(b.ok / periodSeconds),
      non2xx: b.failed,
      p50Ms: percentile(b.latencies, 50),
      p99Ms: percentile(b.latencies, 99),
      load1: Math.round(loadavg()[0]! * 10) / 10,
    });
  };
  for (let i = 0; i < rate * seconds; i++) {
    const due = started + (i * 1000) / rate;
    if (due - started >= periodEnd * 1000) {
      // The report itself (a count on the database) must not hold the pacing back.
      void close(periodEnd);
      periodEnd += periodSeconds;
    }
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const b = bucket;
    const p: Promise<void> = send(base, next()).then(({ status, ms }) => {
      if (status >= 200 && status < 300) b.ok++;
      else b.failed++;
      b.latencies.push(ms);
      inFlight.delete(p);
    });
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  await close(periodEnd);
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

/** `--name value` from argv as a number, or `fallback`. */
export function numberArg(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  return i >= 0 && Number(argv[i + 1]) > 0 ? Number(argv[i + 1]) : fallback;
}
