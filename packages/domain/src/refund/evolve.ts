import type { RefundEvent } from './events';
import type { RefundState } from './state';

/** Applies one refund event. */
export const evolveRefund = (state: RefundState, event: RefundEvent): RefundState => {
  if (event.type === 'RefundRequested') {
    const { refundId, complaintId, amount, requestedBy, requiresSupervisorApproval } = event.data;
    return { status: 'requested', refundId, complaintId, amount, requestedBy, requiresSupervisorApproval };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'RefundApproved':
      return { ...state, status: 'approved' };
    case 'RefundRejected':
      return { ...state, status: 'rejected' };
    case 'RefundIssued':
      return { ...state, status: 'issued' };
    case 'RefundSettled':
      return { ...state, status: 'settled' };
    case 'RefundFailed':
      return { ...state, status: 'failed' };
  }
};
