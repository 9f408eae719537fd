import { projectionLag } from '@casebook/projections';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators';
import { CommandMetrics } from '../commands/command-metrics';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { ProjectionWorkers } from '../projections/projection-workers';

interface Sample {
  readonly labels?: Record<string, string>;
  readonly value: number;
}

/** One metric in the Prometheus text format (version 0.0.4). */
const gauge = (name: string, help: string, samples: readonly Sample[]): string =>
  [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    ...samples.map(({ labels, value }) => {
      const pairs = Object.entries(labels ?? {}).map(([k, v]) => `${k}="${v.replace(/[\\"]/g, '\\$&')}"`);
      const l = pairs.length > 0 ? `{${pairs.join(',')}}` : '';
      return `${name}${l} ${value}`;
    }),
  ].join('\n');

/**
 * `GET /metrics` for Prometheus: the log's head, each read model's checkpoint and lag, and the
 * attempts per command run. No personal data, so it is public like the health routes (expose it
 * on an internal network).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    private readonly workers: ProjectionWorkers,
    private readonly commands: CommandMetrics,
  ) {}

  @Public()
  @Get()
  async metrics(@Res({ passthrough: true }) reply: FastifyReply) {
    const { store, pool } = this.config;
    const head = await store.headPosition();
    const lags = pool ? await projectionLag(pool, store, this.workers.models, { head }) : [];
    const per = (value: (l: (typeof lags)[number]) => number): Sample[] =>
      lags.map((l) => ({ labels: { projection: l.name }, value: value(l) }));
    const body = [
      gauge('casebook_event_store_head_position', 'Global position of the last event in the log.', [
        { value: Number(head) },
      ]),
      gauge(
        'casebook_projection_checkpoint',
        'Global position a read model has applied up to.',
        per((l) => Number(l.checkpoint)),
      ),
      gauge(
        'casebook_projection_events_behind',
        'Log positions between the head and the checkpoint.',
        per((l) => l.eventsBehind),
      ),
      gauge(
        'casebook_projection_seconds_behind',
        'Age of the oldest event a read model has still to apply.',
        per((l) => l.secondsBehind),
      ),
      this.commands.text(),
    ].join('\n');
    reply.type('text/plain; version=0.0.4; charset=utf-8');
    return `${body}\n`;
  }
}
