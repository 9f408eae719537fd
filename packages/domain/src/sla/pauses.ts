import type { ComplaintEvent } from '../complaint/events';
import type { StatusPause } from './policies';

/**
 * The pauses in a complaint's history: awaiting the customer (information requested until the
 * reply) and on hold (until resumed). An unanswered request or an unresumed hold stays open.
 * Which of them stop a given clock is the policy's `pausedBy`.
 */
export const complaintPauses = (events: ReadonlyArray<ComplaintEvent>): ReadonlyArray<StatusPause> =>
  events.reduce<StatusPause[]>((pauses, e) => {
    const last = pauses[pauses.length - 1];
    const close = (status: StatusPause['status'], to: StatusPause['to']) =>
      last !== undefined && last.status === status && last.to === undefined
        ? [...pauses.slice(0, -1), { ...last, to }]
        : pauses;
    switch (e.type) {
      case 'InformationRequested':
        return [...pauses, { status: 'awaiting_customer', from: e.data.requestedAt }];
      case 'CustomerReplyRecorded':
        return close('awaiting_customer', e.data.repliedAt);
      case 'ComplaintPutOnHold':
        return [...pauses, { status: 'on_hold', from: e.data.heldAt }];
      case 'ComplaintResumed':
        return close('on_hold', e.data.resumedAt);
      default:
        return pauses;
    }
  }, []);
