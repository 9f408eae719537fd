import { projectionLag } from '@casebook/projections';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { answer } from '../http/reply';
import { problem } from '../http/problem';
import { RETRY_AFTER_SECONDS } from '../http/problem.filter';
import { ProjectionWorkers } from '../projections/projection-workers';

const DEFAULT_MAX_LAG_SECONDS = 60;
/** A probe that hangs is as bad as one that fails: a database that takes this long is away. */
const STORE_TIMEOUT_MS = 2_000;

const withinTimeout = <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
};

@Controller('health')
export class HealthController {
  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    private readonly workers: ProjectionWorkers,
  ) {}

  /** The process answers: nothing else is checked, so a slow database never gets it restarted. */
  @Public()
  @RouteConfig({ rateLimit: false })
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * The store answers (one cheap query, within 2 s), and every read model trails the log by at most
   * `readyMaxLagSeconds`: an instance whose reports are stale stops taking traffic. Nothing is
   * cached: while the database is away this answers 503, and 200 again on the first probe after.
   */
  @Public()
  @RouteConfig({ rateLimit: false })
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const started = Date.now();
    let head: bigint;
    try {
      head = await withinTimeout(this.config.store.headPosition(), STORE_TIMEOUT_MS);
    } catch {
      return answer(reply, {
        status: 503,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
        body: problem(503, 'NotReady', 'the event store does not answer'),
      });
    }
    const database = { latencyMs: Date.now() - started, headPosition: Number(head) };
    const projections = await this.lag(head);
    const maxLag = this.config.readyMaxLagSeconds ?? DEFAULT_MAX_LAG_SECONDS;
    const stale = projections?.filter((p) => p.secondsBehind > maxLag).map((p) => p.name) ?? [];
    if (projections === null || stale.length > 0) {
      const detail =
        projections === null
          ? 'the read models do not answer'
          : `read models behind by over ${maxLag} s: ${stale.join(', ')}`;
      return answer(reply, {
        status: 503,
        headers: {},
        body: { ...problem(503, 'NotReady', detail), database, projections },
      });
    }
    return answer(reply, { status: 200, headers: {}, body: { status: 'ok', database, projections } });
  }

  /** Per read model: checkpoint, events and seconds behind; [] without PostgreSQL; null on failure. */
  private async lag(head: bigint) {
    const pool = this.config.pool;
    if (!pool) return [];
    try {
      const lags = await projectionLag(pool, this.config.store, this.workers.models, { head });
      return lags.map((l) => ({ ...l, checkpoint: Number(l.checkpoint) }));
    } catch {
      return null;
    }
  }
}
