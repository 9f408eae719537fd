import * as t from 'io-ts';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const idMessage = 'expected an id (1-128 characters: letters, digits, _ . : -)';

/** True when `s` is acceptable as an id: ids end up in stream names, so they are kept to a safe alphabet. */
export const isId = (s: string): boolean => ID.test(s);

const idCodec = <B>(name: string): t.Type<t.Branded<string, B>, string, unknown> =>
  new t.Type<t.Branded<string, B>, string, unknown>(
    name,
    (u): u is t.Branded<string, B> => typeof u === 'string' && isId(u),
    (u, c) =>
      typeof u === 'string' && isId(u)
        ? t.success(u as t.Branded<string, B>)
        : t.failure(u, c, u === undefined ? 'is required' : idMessage),
    (a) => a,
  );

export interface CustomerIdBrand {
  readonly CustomerId: unique symbol;
}
export interface InteractionIdBrand {
  readonly InteractionId: unique symbol;
}
export interface ComplaintIdBrand {
  readonly ComplaintId: unique symbol;
}
export interface RefundIdBrand {
  readonly RefundId: unique symbol;
}
export interface EscalationIdBrand {
  readonly EscalationId: unique symbol;
}
export interface ReturnIdBrand {
  readonly ReturnId: unique symbol;
}
export interface ActorIdBrand {
  readonly ActorId: unique symbol;
}

/** Branded ids: a `RefundId` cannot be passed where a `ComplaintId` is expected. */
export const CustomerId = idCodec<CustomerIdBrand>('CustomerId');
export type CustomerId = t.TypeOf<typeof CustomerId>;
export const InteractionId = idCodec<InteractionIdBrand>('InteractionId');
export type InteractionId = t.TypeOf<typeof InteractionId>;
export const ComplaintId = idCodec<ComplaintIdBrand>('ComplaintId');
export type ComplaintId = t.TypeOf<typeof ComplaintId>;
export const RefundId = idCodec<RefundIdBrand>('RefundId');
export type RefundId = t.TypeOf<typeof RefundId>;
export const EscalationId = idCodec<EscalationIdBrand>('EscalationId');
export type EscalationId = t.TypeOf<typeof EscalationId>;
export const ReturnId = idCodec<ReturnIdBrand>('ReturnId');
export type ReturnId = t.TypeOf<typeof ReturnId>;
/** The id of a person or service acting (agent, supervisor, customer, ...). */
export const ActorId = idCodec<ActorIdBrand>('ActorId');
export type ActorId = t.TypeOf<typeof ActorId>;
