import type { ComplaintContext, ComplaintState } from '@casebook/domain';
import { officeHours } from '@casebook/domain';
import type { PlanDeps } from '../commands/command-route';

/**
 * Closing reads every linked refund and escalation. The links live on the complaint stream, and a
 * new link moves its version, so a refund requested while we read makes the append lose the race.
 */
export async function closeContext(
  deps: PlanDeps,
  state: ComplaintState,
): Promise<ComplaintContext | undefined> {
  if (state.status === 'none') return undefined;
  const refunds = await Promise.all(
    state.refunds.map(async (r) => {
      const s = (await deps.readState('refunds', r.refundId)) as { status: string } | undefined;
      return s && s.status !== 'none'
        ? { refundId: r.refundId, status: s.status, amount: r.amount }
        : undefined;
    }),
  );
  const escalations = await Promise.all(
    state.escalationIds.map(async (escalationId) => {
      const s = (await deps.readState('escalations', escalationId)) as { status: string } | undefined;
      return s && s.status !== 'none' ? { escalationId, status: s.status } : undefined;
    }),
  );
  return {
    refunds: refunds.filter((r) => r !== undefined),
    escalations: escalations.filter((e) => e !== undefined),
    calendar: deps.calendar ?? officeHours('Europe/London'),
  } as ComplaintContext;
}
