import type { EventStore } from '@casebook/event-store';
import { stringField } from '../../read-models/decode';
import type { Recipient } from '../process';
import type { Addressee } from './transport';

/** What personal data reads as once its subject's key is destroyed (docs/audit.md, "Erasure"). */
const ERASED = '[erased]';

export type Resolution =
  { readonly ok: true; readonly to: Addressee } | { readonly ok: false; readonly reason: string };

/**
 * The addressee now: a customer's e-mail and name are read from their stream through the sealed
 * store at delivery time, so a customer erased after the message was queued is never written to.
 */
export async function resolveRecipient(store: EventStore, recipient: Recipient): Promise<Resolution> {
  if (recipient.kind === 'staff') return { ok: true, to: recipient };
  const { customerId } = recipient;
  const { streamExists, events } = await store.readStream(`customer-${customerId}`);
  if (!streamExists) return { ok: false, reason: `customer ${customerId} does not exist` };
  let email: string | null = null;
  let name: string | null = null;
  for (const event of events) {
    if (event.type === 'CustomerPiiErased')
      return { ok: false, reason: `customer ${customerId} was erased: no address to send to` };
    email = stringField(event, 'email') ?? email;
    name = stringField(event, 'name') ?? name;
  }
  if (email === ERASED)
    return { ok: false, reason: `customer ${customerId} was erased: no address to send to` };
  if (email === null) return { ok: false, reason: `customer ${customerId} has no e-mail address` };
  const named = name === null || name === ERASED ? {} : { name };
  return { ok: true, to: { kind: 'customer', customerId, email, ...named } };
}
