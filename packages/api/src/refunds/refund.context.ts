import type { ComplaintState, RefundContext, RefundState } from '@casebook/domain';
import type { PlanDeps } from '../commands/command-route';

/**
 * What requesting a refund needs: the complaint (amount paid) and every refund it has linked with
 * its status. The complaint's link is appended atomically with the request, at the version read
 * here, so two refunds racing for the same headroom cannot both pass.
 */
export async function refundRequestContext(deps: PlanDeps, complaintId: string): Promise<RefundContext> {
  const complaint = (await deps.readState('complaints', complaintId)) as ComplaintState | undefined;
  if (complaint === undefined || complaint.status === 'none') {
    return { complaint: null, approvalLimits: deps.approvalLimits };
  }
  const refunds = await Promise.all(
    complaint.refunds.map(async (r) => {
      const s = (await deps.readState('refunds', r.refundId)) as RefundState | undefined;
      return {
        refundId: r.refundId,
        amount: r.amount,
        status: s && s.status !== 'none' ? s.status : ('requested' as const),
      };
    }),
  );
  return {
    complaint: {
      complaintId: complaint.complaintId,
      status: complaint.status,
      customerId: complaint.customerId,
      amountPaid: complaint.amountPaid,
      refunds,
    },
    approvalLimits: deps.approvalLimits,
  };
}
