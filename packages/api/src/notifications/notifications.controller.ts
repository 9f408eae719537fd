import { ComplaintId, complaintStreamId } from '@casebook/domain';
import { complaintMessages, deadLetters, retryDeadLetter } from '@casebook/projections';
import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import type { Pool } from 'pg';
import { Roles } from '../auth/decorators';
import { ADMINS, CLOCK_READERS } from '../auth/role-sets';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { ProblemError, problem } from '../http/problem';
import { pathId, pathText } from '../queries/path-id';
import { assertQueryText, invalidQuery, type RawQuery } from '../reports/list-query';

/** Without PostgreSQL there is no outbox (nothing is ever sent): say so, rather than pretend. */
const outboxPool = (config: CasebookConfig): Pool => {
  if (config.pool === undefined)
    throw new ProblemError(problem(503, 'NoOutbox', 'this casebook has no database, so no outbox'));
  return config.pool;
};

/** `limit` (1-200, default 50) and `before` (a message id: the page cursor) of the dead-letter list. */
function deadLetterQuery(query: RawQuery): { limit: number; before?: string } {
  assertQueryText(query);
  const errors: { path: string; reason: string }[] = [];
  const known = ['limit', 'before'];
  for (const k of Object.keys(query))
    if (!known.includes(k)) errors.push({ path: k, reason: 'unknown parameter' });
  const { limit, before } = query;
  if (
    limit !== undefined &&
    (typeof limit !== 'string' || !/^\d{1,3}$/.test(limit) || +limit < 1 || +limit > 200)
  )
    errors.push({ path: 'limit', reason: 'a whole number, 1-200' });
  if (before !== undefined && (typeof before !== 'string' || !/^[1-9]\d{0,17}$/.test(before)))
    errors.push({ path: 'before', reason: 'a message id (digits)' });
  if (errors.length > 0) throw invalidQuery(errors);
  return {
    limit: limit === undefined ? 50 : Number(limit),
    ...(typeof before === 'string' ? { before } : {}),
  };
}

/**
 * Outbound messages and what became of them (docs/processes.md, "Notifications"): a complaint's
 * messages for those who work or audit it; dead letters and their retry for administrators.
 */
@Controller()
export class NotificationsController {
  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  @Get('complaints/:id/notifications')
  @Roles(...CLOCK_READERS)
  async complaintNotifications(@Param('id') id: string) {
    const complaintId = pathId(ComplaintId, id);
    const { streamExists } = await this.config.store.readStream(complaintStreamId(complaintId), {
      maxCount: 1,
    });
    if (!streamExists) throw new ProblemError(problem(404, 'NotFound', `no complaint ${id}`));
    const items =
      this.config.pool === undefined ? [] : await complaintMessages(this.config.pool, complaintId);
    return { complaintId, items };
  }

  @Get('outbox/dead-letters')
  @Roles(...ADMINS)
  async deadLetters(@Query() query: RawQuery) {
    const page = deadLetterQuery(query);
    const items = await deadLetters(outboxPool(this.config), page);
    const last = items.length === page.limit ? items[items.length - 1]!.id : null;
    return { items, next: last === null ? null : `/outbox/dead-letters?limit=${page.limit}&before=${last}` };
  }

  @Post('outbox/:id/retry')
  @HttpCode(200)
  @Roles(...ADMINS)
  async retry(@Param('id') id: string) {
    pathText(id, 'id');
    if (id.length > 200) {
      const errors = [{ path: 'id', reason: 'a message id or key of at most 200 characters' }];
      throw new ProblemError(problem(400, 'InvalidInput', 'the id in the path is invalid', { errors }));
    }
    const result = await retryDeadLetter(outboxPool(this.config), id, this.config.clock());
    if (result.outcome === 'not-found')
      throw new ProblemError(problem(404, 'NotFound', `no outbox message ${id}`));
    if (result.outcome === 'not-dead')
      throw new ProblemError(
        problem(
          409,
          'NotDead',
          `message ${result.message.id} is ${result.message.status}: only dead letters are retried`,
        ),
      );
    return result.message;
  }
}
