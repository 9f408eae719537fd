import {
  callbackSeen,
  rememberCallback,
  SIGNATURE_HEADER,
  type SystemCommand,
  verifySignature,
} from '@casebook/projections';
import { Controller, Headers, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { Public } from '../auth/decorators';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { ProblemError, problem } from '../http/problem';
import { SystemCommands } from '../processes/system-commands';
import { decodeCallback, type PaymentCallback } from './callback-body';
import { rawBodyOf } from './raw-body';

export const CALLBACK_ROUTE = '/payments/callbacks';
const HEADER = SIGNATURE_HEADER.toLowerCase();
const PROCESS = 'payments';

const badHeader = (reason: string) =>
  new ProblemError(
    problem(400, 'InvalidInput', `the ${SIGNATURE_HEADER} header is invalid`, {
      errors: [{ path: SIGNATURE_HEADER, reason }],
    }),
  );

/**
 * `POST /payments/callbacks`: the payment provider tells casebook a refund settled or failed.
 * Public (no token): the provider proves itself with `Casebook-Signature`, an HMAC over the
 * timestamp and the raw body; a timestamp outside the tolerance is refused, so a captured
 * callback cannot be replayed later, and one replayed within it finds its event id remembered
 * (`payment_callbacks`) and changes nothing. A callback is remembered only once its command was
 * recorded: one that could not be applied yet (the refund not issued yet) answers non-2xx, and
 * the provider sends it again.
 */
@Controller()
export class PaymentCallbacksController {
  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    private readonly commands: SystemCommands,
  ) {}

  @Post(CALLBACK_ROUTE.slice(1))
  @Public()
  @HttpCode(200)
  async receive(@Req() request: { body?: unknown }, @Headers(HEADER) signature?: string) {
    const payments = this.config.processes?.payments;
    const secret = payments?.callbackSecret;
    const pool = this.config.pool;
    // Not configured here: as if there were no such route (a provider's misdirected callback is retried).
    if (secret === undefined || pool === undefined)
      throw new ProblemError(
        problem(404, 'NotFound', 'this casebook takes no payment callbacks (PAYMENTS_CALLBACK_SECRET unset)'),
      );
    const raw = rawBodyOf(request);
    if (raw === undefined) throw new ProblemError(problem(400, 'InvalidInput', 'no body'));
    const check = verifySignature(
      secret,
      raw,
      signature,
      this.config.clock(),
      payments?.callbackToleranceSeconds ?? 300,
    );
    if (!check.ok && check.reason === 'signature does not match')
      throw new ProblemError(problem(401, 'InvalidSignature', `the ${SIGNATURE_HEADER} does not match`));
    if (!check.ok)
      throw badHeader(
        check.reason === 'timestamp too old' ? 'signed too long ago or in the future' : check.reason,
      );
    const callback = decodeCallback(request.body);
    const seen = await callbackSeen(pool, callback.eventId);
    if (seen !== null)
      return { eventId: callback.eventId, refundId: callback.refundId, outcome: seen, replay: true };
    const outcome = await this.apply(callback);
    await rememberCallback(pool, { ...callback, outcome });
    return { eventId: callback.eventId, refundId: callback.refundId, outcome, replay: false };
  }

  /** Records the outcome on the refund; a refusal is the answer, and the provider tries again. */
  private async apply(callback: PaymentCallback): Promise<'settled' | 'failed'> {
    const { refundId, eventId } = callback;
    const { events } = await this.config.store.readStream(`refund-${refundId}`);
    const last = events[events.length - 1];
    if (last === undefined) throw new ProblemError(problem(404, 'RefundNotFound', `no refund ${refundId}`));
    const settled = callback.type === 'refund.settled';
    const command: SystemCommand = settled
      ? { type: 'SettleRefund', data: { refundId } }
      : { type: 'FailRefund', data: { refundId, failureReason: callback.failureReason! } };
    const sent = await this.commands.send(PROCESS, command, {
      causationId: last.eventId,
      correlationId: last.metadata.correlationId,
      idempotencyKey: `payment-callback:${eventId}`,
    });
    if (!sent.ok) throw new ProblemError(problem(sent.status, sent.code, sent.detail));
    return settled ? 'settled' : 'failed';
  }
}
