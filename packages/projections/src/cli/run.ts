import { ProjectionRunner, type RunnerState } from '../index';
import { startAnchorJob } from './anchor-job';
import type { CliContext } from './context';
import { count } from './progress';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** How often runner states are looked at, to log when one starts or stops owning its model. */
const WATCH_MS = 1000;

const STATE_TEXT: Record<RunnerState, string> = {
  running: 'owns the model',
  'waiting-for-ownership': 'waiting: another process owns the model',
  stopped: 'stopped',
};

/** Logs each runner's state when it changes: it took its model over, or waits for another owner. */
function watchStates(
  runners: readonly ProjectionRunner[],
  names: readonly string[],
  log: (t: string) => void,
) {
  const seen = new Map<ProjectionRunner, RunnerState>();
  const timer = setInterval(() => {
    runners.forEach((r, i) => {
      if (seen.get(r) === r.state) return;
      seen.set(r, r.state);
      log(`${names[i]}: ${STATE_TEXT[r.state]}`);
    });
  }, WATCH_MS);
  return () => clearInterval(timer);
}

/**
 * `casebook projections run`: the named workers (all when none is named) until the signal, then
 * each stops at a page boundary. Errors are logged and the runner retries on its own.
 */
export async function runWorkers(ctx: CliContext, names: readonly string[]): Promise<number> {
  const chosen = names.length > 0 ? ctx.projections.filter((p) => names.includes(p.name)) : ctx.projections;
  const chosenNames = chosen.map((p) => p.name);
  const log = (text: string) =>
    ctx.err.write(`${new Date(ctx.now?.() ?? Date.now()).toISOString()} ${text}\n`);
  const runners = chosen.map(
    (projection) =>
      new ProjectionRunner({
        pool: ctx.pool,
        store: ctx.store,
        projection,
        onError: (e) => log(`${projection.name}: error: ${message(e)}`),
      }),
  );
  const on = ctx.where === undefined ? '' : ` on ${ctx.where}`;
  log(`running ${chosenNames.join(', ')}${on} (pid ${process.pid}); SIGTERM or SIGINT stops them`);
  for (const r of runners) r.start();
  const unwatch = watchStates(runners, chosenNames, log);
  const anchors = anchorJob(ctx, log);
  await aborted(ctx.signal);
  unwatch();
  log('stopping at a page boundary');
  await Promise.all([...runners.map((r) => r.stop()), anchors?.stop()]);
  log(`stopped: ${runners.map((r, i) => `${chosenNames[i]} at ${count(r.checkpoint)}`).join(', ')}`);
  return 0;
}

/** The periodic anchor, when configured; without a signing key it is off and says why. */
function anchorJob(ctx: CliContext, log: (t: string) => void) {
  const everyMs = ctx.anchorEveryMs ?? 0;
  if (everyMs <= 0 || !ctx.keys) return undefined;
  try {
    const key = ctx.keys.signingKey();
    log(`anchoring every stream head every ${everyMs / 1000} s`);
    return startAnchorJob({ pool: ctx.pool, store: ctx.store, key, everyMs, log });
  } catch (e) {
    log(`anchor job off: ${message(e)}`);
    return undefined;
  }
}

const aborted = (signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
