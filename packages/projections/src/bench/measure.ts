/** One line of the benchmark's output; a field that does not apply to a case is null. */
export interface CaseResult {
  readonly case: string;
  readonly eventsPerSecond: number | null;
  readonly baselinePerSecond: number | null;
  readonly ratio: number | null;
  readonly p50Ms: number | null;
  readonly p99Ms: number | null;
  readonly peakRssMb: number | null;
}

export const blank = (name: string): CaseResult => ({
  case: name,
  eventsPerSecond: null,
  baselinePerSecond: null,
  ratio: null,
  p50Ms: null,
  p99Ms: null,
  peakRssMb: null,
});

export const round2 = (x: number): number => Math.round(x * 100) / 100;
const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

export interface Timed {
  readonly events: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly rssBeforeMb: number;
  /** Highest resident set size sampled every 50 ms while `work` ran. */
  readonly peakRssMb: number;
}

/** Runs `work` (resolving to the events it handled) while sampling the process's RSS. */
export async function timed(work: () => Promise<number>): Promise<Timed> {
  const rssBefore = process.memoryUsage.rss();
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const started = process.hrtime.bigint();
  try {
    const events = await work();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      events,
      seconds,
      perSecond: Math.round(events / seconds),
      rssBeforeMb: mb(rssBefore),
      peakRssMb: mb(peak),
    };
  } finally {
    clearInterval(sampler);
  }
}

/** A JSON object per line with `--json`, else a table for people. */
export function report(results: readonly CaseResult[], json: boolean): void {
  if (json) {
    for (const r of results) console.log(JSON.stringify(r));
    return;
  }
  console.table(results.map((r) => ({ ...r })));
}

/** Progress for people, on stderr so `--json` output stays one object per line. */
export const note = (text: string): void => void process.stderr.write(`${text}\n`);
