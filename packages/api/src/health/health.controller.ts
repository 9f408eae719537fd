import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { send } from '../http/reply';
import { problem } from '../http/problem';

@Controller('health')
export class HealthController {
  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  /** The process answers: nothing else is checked, so a slow database never gets it restarted. */
  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** The store answers (one cheap query). Projection lag joins here once projections exist. */
  @Public()
  @Get('ready')
  async ready(@Res() reply: FastifyReply) {
    const started = Date.now();
    try {
      const head = await this.config.store.headPosition();
      send(reply, {
        status: 200,
        headers: {},
        body: { status: 'ok', database: { latencyMs: Date.now() - started, headPosition: Number(head) } },
      });
    } catch {
      send(reply, {
        status: 503,
        headers: {},
        body: problem(503, 'NotReady', 'the event store does not answer'),
      });
    }
  }
}
