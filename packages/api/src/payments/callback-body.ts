import { ProblemError, problem } from '../http/problem';

/** A provider callback, checked: what casebook acts on. */
export interface PaymentCallback {
  readonly eventId: string;
  readonly type: 'refund.settled' | 'refund.failed';
  readonly refundId: string;
  readonly providerReference: string;
  readonly failureReason?: string;
}

const ID = /^[A-Za-z0-9._:-]{1,200}$/;
const TYPES = ['refund.settled', 'refund.failed'];

/**
 * The callback body (docs/api.md, `POST /payments/callbacks`): `id` (the provider's event id),
 * `type`, `data.idempotencyKey` (casebook's refund id), `data.id` (the provider's refund id) and,
 * for a failure, `data.failureReason`. Every wrong field is named in one 400.
 */
export function decodeCallback(body: unknown): PaymentCallback {
  const errors: { path: string; reason: string }[] = [];
  const wrong = (path: string, reason: string) => errors.push({ path, reason });
  const root = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<
    string,
    unknown
  >;
  const data = (typeof root.data === 'object' && root.data !== null ? root.data : {}) as Record<
    string,
    unknown
  >;
  const { id, type } = root;
  const { idempotencyKey, id: providerReference, failureReason } = data;
  if (typeof id !== 'string' || !ID.test(id))
    wrong('id', 'the provider event id: 1-200 letters, digits, ._:-');
  if (typeof type !== 'string' || !TYPES.includes(type)) wrong('type', `one of ${TYPES.join(', ')}`);
  if (typeof idempotencyKey !== 'string' || !ID.test(idempotencyKey))
    wrong('data.idempotencyKey', "casebook's refund id");
  if (typeof providerReference !== 'string' || !ID.test(providerReference))
    wrong('data.id', "the provider's refund id");
  const reasonOk =
    typeof failureReason === 'string' && failureReason.trim() !== '' && failureReason.length <= 2000;
  if (type === 'refund.failed' && !reasonOk) wrong('data.failureReason', 'why it failed: 1-2000 characters');
  if (errors.length > 0)
    throw new ProblemError(problem(400, 'InvalidInput', 'the callback is invalid', { errors }));
  return {
    eventId: id as string,
    type: type as PaymentCallback['type'],
    refundId: idempotencyKey as string,
    providerReference: providerReference as string,
    ...(type === 'refund.failed' ? { failureReason: failureReason as string } : {}),
  };
}
