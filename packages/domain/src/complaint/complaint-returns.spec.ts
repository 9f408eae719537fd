import { specFor } from '../testing';
import { RETURN_STATUSES, returnIsOpen, type ReturnStatus } from '../shared/statuses';
import {
  assigned,
  clearContext,
  cmd,
  complaintId,
  ev,
  filed,
  finalResponse,
  now,
  resolved,
  rootCause,
} from './complaint.fixtures';
import type { ComplaintContext } from './context';
import { complaintDecider } from './index';

const { given } = specFor(complaintDecider);
const ready = [filed(), assigned, rootCause, finalResponse, resolved()];
const returnLinked = ev('ReturnLinked', { complaintId, returnId: 'ret-1' });
const close = cmd('CloseComplaint', { complaintId }, 'agent', 'agent-1', now);
const withReturn = (status: ReturnStatus): ComplaintContext => ({
  ...clearContext,
  returns: [{ returnId: returnLinked.data.returnId, status }],
});

describe('complaint: linked returns', () => {
  it('links a return once: the return shows in the complaint’s context', () => {
    const link = cmd('LinkReturn', { complaintId, returnId: 'ret-1' }, 'agent', 'agent-1', now);
    given([filed()]).when(link).then([returnLinked]);
    given([filed(), returnLinked]).when(link).thenNothingHappens();
  });

  it.each(RETURN_STATUSES.filter(returnIsOpen))('refuses to close while its return is %s', (status) => {
    const error = given([...ready, returnLinked])
      .when(close, withReturn(status))
      .thenFails('ReturnOpen');
    expect(error.details).toEqual({ returns: ['ret-1'] });
  });

  it.each(RETURN_STATUSES.filter((s) => !returnIsOpen(s)))('closes once its return is %s', (status) => {
    given([...ready, returnLinked])
      .when(close, withReturn(status))
      .then([ev('ComplaintClosed', { complaintId, closure: 'final_response', closedAt: now })]);
  });

  it('refuses a context that leaves out a linked return', () => {
    given([...ready, returnLinked])
      .when(close, clearContext)
      .thenFails('ContextIncomplete');
  });
});
