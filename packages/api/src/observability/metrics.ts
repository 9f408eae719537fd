import { projectionLag, type ProjectionLag } from '@casebook/projections';
import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { ProjectionWorkers } from '../projections/projection-workers';

/** Seconds: from a cached read (about a millisecond) to a request that waited on a slow database. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every series `/metrics` shows (docs/operations.md, "Metrics and logs"), in a registry of this
 * app's own: tests build many apps in one process, and prom-client's global registry would mix
 * their counts (and refuse a second metric of the same name).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  /** Labelled by the route pattern (`/complaints/:id`), never the filled-in path: no ids, bounded. */
  readonly httpDuration = new Histogram({
    name: 'casebook_http_request_duration_seconds',
    help: 'Time from the request to the end of its response, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'casebook_commands_total',
    help: 'Commands run, by command type and outcome (ok, invalid, not_found, conflict, rejected, error).',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly idempotentReplays = new Counter({
    name: 'casebook_idempotent_replays_total',
    help: 'Requests answered from an earlier one with the same Idempotency-Key, without running again.',
    registers: [this.registry],
  });

  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    private readonly workers: ProjectionWorkers,
  ) {
    collectDefaultMetrics({ register: this.registry });
    this.projectionGauges();
  }

  /** The whole exposition, in Prometheus' text format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /**
   * The log's head and each read model's lag, read when scraped: a scrape sees the lag of that
   * moment. prom-client collects all metrics at once, so the four gauges share one read.
   */
  private projectionGauges(): void {
    this.gauge(
      'casebook_event_store_head_position',
      'Global position of the last event in the log.',
      [],
      (l, g) => g.set(Number(l.head)),
    );
    const perModel = (name: string, help: string, value: (p: ProjectionLag) => number) =>
      this.gauge(name, help, ['projection'], (l, g) => {
        for (const p of l.projections) g.set({ projection: p.name }, value(p));
      });
    perModel('casebook_projection_checkpoint', 'Global position a read model has applied up to.', (p) =>
      Number(p.checkpoint),
    );
    perModel(
      'casebook_projection_events_behind',
      'Log positions between the head and the checkpoint.',
      (p) => p.eventsBehind,
    );
    perModel(
      'casebook_projection_seconds_behind',
      'Age of the oldest event a read model has still to apply.',
      (p) => p.secondsBehind,
    );
  }

  /** A gauge set from the lag read when scraped. */
  private gauge(name: string, help: string, labelNames: string[], set: (l: Lags, g: Gauge) => void): void {
    const lags = () => this.lags();
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        set(await lags(), this);
      },
    });
  }

  private pending: Promise<Lags> | undefined;

  /** One read per scrape, shared by the gauges collecting at the same time. */
  private lags(): Promise<Lags> {
    this.pending ??= this.readLags().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async readLags(): Promise<Lags> {
    const { store, pool } = this.config;
    const head = await store.headPosition();
    const projections = pool ? await projectionLag(pool, store, this.workers.models, { head }) : [];
    return { head, projections };
  }
}

interface Lags {
  readonly head: bigint;
  readonly projections: readonly ProjectionLag[];
}
