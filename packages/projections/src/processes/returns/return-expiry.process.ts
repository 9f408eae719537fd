import type { StoredEvent } from '@casebook/event-store';
import type { FireContext, FireResult, ProcessManager, ReactContext, Timer } from '../process';
import { outcomeOf } from '../outcome';

export const RETURN_EXPIRY_PROCESS = 'return-expiry';

/**
 * What ends the wait for an authorised item before its deadline: shipped, received, cancelled or
 * closed. Not `ReturnExpired`: that is the timer's own act, and cancelling on it would race the
 * firing worker's completion of the same timer.
 */
const SETTLED = ['ReturnShipped', 'ReturnReceived', 'ReturnCancelled', 'ReturnClosed'];

const keyOf = (returnId: string): string => `return-expiry:${returnId}`;

/**
 * A return authorised with a send-by deadline expires when the deadline passes with nothing
 * shipped: a durable timer at `sendBy`, cancelled when the item moves first. The return's own
 * rule has the last word when the timer fires (`ExpireReturn` finds a shipped return has
 * nothing to judge), so a timer that outlives a shipment it has not read yet changes nothing.
 */
export const returnExpiryProcess: ProcessManager = {
  name: RETURN_EXPIRY_PROCESS,
  eventTypes: ['ReturnAuthorised', ...SETTLED],
  streamPrefix: 'return-',
  // Returns authorised before the process first ran still expire.
  startFrom: 'beginning',

  react(event: StoredEvent, ctx: ReactContext): Promise<void> {
    const { returnId, sendBy } = event.data as { returnId: string; sendBy?: string };
    if (event.type === 'ReturnAuthorised' && sendBy !== undefined) {
      ctx.schedule({
        key: keyOf(returnId),
        kind: 'expire',
        dueAt: new Date(sendBy),
        payload: { returnId, sendBy },
        causationId: event.eventId,
        correlationId: event.metadata.correlationId,
      });
    } else {
      ctx.cancel(keyOf(returnId));
    }
    return Promise.resolve();
  },

  timers: {
    async expire(timer: Timer, ctx: FireContext): Promise<FireResult> {
      const { returnId, sendBy } = timer.payload as { returnId: string; sendBy: string };
      const sent = await ctx.commands.send(
        RETURN_EXPIRY_PROCESS,
        { type: 'ExpireReturn', data: { returnId } },
        { causationId: timer.causationId, correlationId: timer.correlationId, idempotencyKey: timer.key },
      );
      // A worker whose clock runs behind the deadline's: fire again when the return agrees.
      if (!sent.ok && sent.code === 'NotYetDue')
        return { outcome: 'reschedule', dueAt: new Date(Date.parse(sendBy) + 1000) };
      return outcomeOf(sent);
    },
  },
};
