import type { EventStore, StreamAppend } from '@casebook/event-store';
import { percentile } from '@casebook/event-store/bench';
import type { Pool } from 'pg';
import { type AnyProjection, ProjectionRunner } from '../index';
import { complaintAppends } from './live-appends';
import { blank, type CaseResult, note, round2 } from './measure';

/** Per append: from its commit (the append resolved) to the model's checkpoint passing it. */
class LagProbe {
  readonly lags: number[] = [];
  private pending: { position: bigint; at: number }[] = [];
  constructor(private readonly checkpoint: () => bigint) {}

  get waiting(): number {
    return this.pending.length;
  }

  committed(position: bigint): void {
    this.pending.push({ position, at: performance.now() });
    this.tick();
  }

  /** Records the lag of every append the checkpoint has passed since the last look. */
  tick(): void {
    const cp = this.checkpoint();
    const now = performance.now();
    const passed = this.pending.filter((p) => p.position <= cp);
    if (passed.length === 0) return;
    for (const p of passed) this.lags.push(now - p.at);
    this.pending = this.pending.filter((p) => p.position > cp);
  }
}

/** Sends appends open-loop: each when it is due at `rate` per second, whether or not earlier ones committed. */
class Pacer {
  private sent = 0;
  private failed = 0;
  private inFlight = 0;
  private readonly start = performance.now();
  /** When the last append was sent, in ms from the start. */
  sendingMs = 0;

  constructor(
    private readonly appends: readonly StreamAppend[],
    private readonly rate: number,
    private readonly store: EventStore,
    private readonly probe: LagProbe,
  ) {}

  get done(): boolean {
    return this.sent === this.appends.length && this.inFlight === 0 && this.probe.waiting === 0;
  }

  get failures(): number {
    return this.failed;
  }

  sendDue(): void {
    const elapsed = performance.now() - this.start;
    const due = Math.min(this.appends.length, Math.floor((elapsed * this.rate) / 1000));
    if (this.sent < due) this.sendingMs = elapsed;
    for (; this.sent < due; this.sent++) {
      const a = this.appends[this.sent]!;
      this.inFlight++;
      this.store
        .appendToStream(a.streamId, a.events)
        .then((r) => this.probe.committed(r.lastGlobalPosition))
        .catch(() => this.failed++)
        .finally(() => this.inFlight--);
    }
  }
}

/** How long the runner may take to apply what was sent before the case gives up on it. */
const DRAIN_MS = 30_000;

/** Paces the appends; resolves to the seconds sending took, once every append was seen applied. */
async function paced(appends: readonly StreamAppend[], rate: number, store: EventStore, probe: LagProbe) {
  const pacer = new Pacer(appends, rate, store, probe);
  const deadline = performance.now() + (appends.length / rate) * 1000 + DRAIN_MS;
  await new Promise<void>((resolve) => {
    // One timer every millisecond both looks at the checkpoint and sends what is due.
    const timer = setInterval(() => {
      probe.tick();
      pacer.sendDue();
      if (pacer.done || performance.now() > deadline) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
  if (pacer.failures > 0) note(`live lag: ${pacer.failures} appends failed`);
  if (probe.waiting > 0) note(`live lag: ${probe.waiting} appends not applied within ${DRAIN_MS} ms`);
  return pacer.sendingMs / 1000;
}

export interface LagOptions {
  readonly pool: Pool;
  /** The runners' store, built with notifications: appends from elsewhere wake them by NOTIFY. */
  readonly store: EventStore;
  /** Another store on another pool, as another process appends. */
  readonly appendStore: EventStore;
  readonly projections: readonly AnyProjection[];
  readonly rate: number;
  readonly seconds: number;
  readonly customers: number;
}

/** (b): every model's runner running, appends paced at `rate`; lag of the complaints model. */
export async function liveLag(options: LagOptions): Promise<CaseResult> {
  const runners = options.projections.map(
    (projection) =>
      new ProjectionRunner({
        pool: options.pool,
        store: options.store,
        projection,
        onError: (e) => note(`${projection.name}: ${String(e)}`),
      }),
  );
  const complaints = runners[options.projections.findIndex((p) => p.name === 'complaints')]!;
  runners.forEach((r) => r.start());
  const head = await options.store.headPosition();
  note(`live lag: ${runners.length} runners catching up to ${head}...`);
  while (runners.some((r) => r.checkpoint < head)) await new Promise((r) => setTimeout(r, 20));
  note(`live lag: appending ${options.rate} events/s for ${options.seconds} s...`);
  const appends = complaintAppends(options.rate * options.seconds, options.customers);
  const probe = new LagProbe(() => complaints.checkpoint);
  const seconds = await paced(appends, options.rate, options.appendStore, probe);
  await Promise.all(runners.map((r) => r.stop()));
  return {
    ...blank(`live lag: complaints, ${options.rate} appends/s, ${options.projections.length} runners`),
    eventsPerSecond: Math.round(appends.length / seconds),
    p50Ms: round2(percentile(probe.lags, 50)),
    p99Ms: round2(percentile(probe.lags, 99)),
  };
}
