import type { ComplaintId } from '../shared/ids';
import { at, commandsOf, eventsOf, meta } from '../testing';
import { customerCommandPayloads } from './commands';
import { DEFAULT_RETENTION, type ComplaintForErasureContext, type ErasureContext } from './context';
import { customerEventPayloads } from './events';

/** Shared test data for the erasure specs. */
export const ev = eventsOf(customerEventPayloads);
const build = commandsOf(customerCommandPayloads);
export const now = '2024-03-06T10:00:00Z';
export const customerId = 'cust-1';
export const request = {
  customerId,
  reason: 'Customer asked by email',
  legalBasis: 'consent_withdrawn',
} as const;

/** A customer command at `now` (or `when`) by agent-1. */
export const cmd = <K extends keyof typeof customerCommandPayloads>(
  type: K,
  data: Parameters<typeof build<K>>[1],
  when = now,
) => build(type, data, meta(when));

export const erase = (when = now) => cmd('RequestErasure', request, when);

export const registered = ev('CustomerRegistered', {
  customerId,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '+44 20 7946 0000',
  address: { line1: '1 High St', city: 'Leeds', postcode: 'LS1 1AA', country: 'GB' },
  registeredAt: '2020-01-01T09:00:00Z',
});

export const hold = { customerId, reason: 'Litigation pending', reference: 'LIT-42' } as const;
export const holdPlaced = ev('LegalHoldPlaced', { ...hold, placedAt: '2024-01-01T09:00:00Z' });

export const erased = (when = now) =>
  ev('CustomerPiiErased', {
    customerId,
    reason: request.reason,
    legalBasis: request.legalBasis,
    erasedAt: when,
  });

/** One complaint as the context reports it. */
export const complaint = (
  id: string,
  status: ComplaintForErasureContext['status'],
  regime: ComplaintForErasureContext['regime'] = 'FCA_DISP',
  closedAt: string | null = null,
): ComplaintForErasureContext => ({
  complaintId: id as ComplaintId,
  status,
  regime,
  closedAt: closedAt === null ? null : at(closedAt),
});

export const context = (...complaints: ComplaintForErasureContext[]): ErasureContext => ({
  complaints,
  retention: DEFAULT_RETENTION,
});
