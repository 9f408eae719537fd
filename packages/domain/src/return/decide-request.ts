import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import { toMillis } from '../shared/instant';
import type { ReturnStatus } from '../shared/statuses';
import type { ReturnPolicy } from './codecs';
import type { ReturnCommand } from './commands';
import type { ReturnContext } from './context';
import { returnError, type ReturnError } from './errors';
import type { ReturnEvent } from './events';
import type { OpenReturn, ReturnState } from './state';

type Result = E.Either<ReturnError, ReadonlyArray<ReturnEvent>>;
type Cmd<K extends ReturnCommand['type']> = Of<ReturnCommand, K>;

const DAY_MS = 86_400_000;

/** Already in `to` records nothing (a retried call); any status outside `from` is refused. */
export const move = (
  s: OpenReturn,
  from: ReadonlyArray<ReturnStatus>,
  to: ReturnStatus,
  event: () => ReturnEvent,
): Result => {
  if (s.status === to) return E.right([]);
  if (!from.includes(s.status))
    return E.left(
      returnError('InvalidTransition', `the return is ${s.status}, not ${from.join(' or ')}`, {
        status: s.status,
      }),
    );
  return E.right([event()]);
};

/** All lines in one currency: the refund cap is a sum of them. */
export const requestReturn = ({ data, metadata }: Cmd<'RequestReturn'>, state: ReturnState): Result => {
  if (state.status !== 'none')
    return E.left(returnError('ReturnAlreadyRequested', `return ${data.returnId} exists`));
  const currencies = new Set(data.lines.map((l) => l.unitPrice.currency));
  if (currencies.size > 1)
    return E.left(returnError('MixedCurrencies', 'every line of a return must be priced in one currency'));
  return E.right([
    {
      type: 'ReturnRequested',
      data: { ...data, requestedBy: metadata.actor, requestedAt: metadata.now },
    },
  ]);
};

/**
 * The days from delivery the policy allows this return: the shortest window of its lines'
 * categories, or the defect window (when longer) for a defective item.
 */
export const returnWindowDays = (s: Pick<OpenReturn, 'reason' | 'lines'>, policy: ReturnPolicy): number => {
  const byCategory = policy.categoryWindowDays ?? {};
  const window = Math.min(...s.lines.map((l) => byCategory[l.category] ?? policy.windowDays));
  return s.reason === 'defective' ? Math.max(window, policy.defectWindowDays) : window;
};

/** Authorising checks the window on the day the customer asked, not the day an agent got to it. */
export const authorise = (
  { data, metadata }: Cmd<'AuthoriseReturn'>,
  s: OpenReturn,
  ctx?: ReturnContext,
): Result => {
  if (s.status === 'authorised') return E.right([]);
  if (s.status !== 'requested')
    return E.left(
      returnError('InvalidTransition', `the return is ${s.status}, not requested`, { status: s.status }),
    );
  if (ctx === undefined)
    return E.left(returnError('ContextRequired', 'AuthoriseReturn needs the return policy'));
  const windowDays = returnWindowDays(s, ctx.policy);
  const days = Math.floor((toMillis(s.requestedAt) - toMillis(s.deliveredAt)) / DAY_MS);
  if (days > windowDays)
    return E.left(
      returnError(
        'OutsideReturnWindow',
        `asked ${days} days after delivery; the window is ${windowDays} days`,
        {
          windowDays,
          daysSinceDelivery: days,
        },
      ),
    );
  if (toMillis(data.sendBy) <= toMillis(metadata.now))
    return E.left(returnError('DeadlineBeforeNow', 'sendBy must be later than now'));
  return E.right([
    {
      type: 'ReturnAuthorised',
      data: { ...data, windowDays, authorisedBy: metadata.actor, authorisedAt: metadata.now },
    },
  ]);
};

export const refuse = ({ data, metadata }: Cmd<'RefuseReturn'>, s: OpenReturn): Result =>
  move(s, ['requested'], 'refused', () => ({
    type: 'ReturnRefused',
    data: { ...data, refusedBy: metadata.actor, refusedAt: metadata.now },
  }));

export const ship = ({ data, metadata }: Cmd<'ShipReturn'>, s: OpenReturn): Result =>
  move(s, ['authorised'], 'shipped', () => ({
    type: 'ReturnShipped',
    data: { ...data, shippedAt: metadata.now },
  }));

/** The customer may change their mind until the warehouse has the item. */
export const cancel = ({ data, metadata }: Cmd<'CancelReturn'>, s: OpenReturn): Result =>
  move(s, ['requested', 'authorised', 'shipped'], 'cancelled', () => ({
    type: 'ReturnCancelled',
    data: { ...data, cancelledAt: metadata.now },
  }));

/**
 * The expiry timer's command: an authorised return with nothing shipped by its deadline expires.
 * A timer that fires after the item moved on finds nothing left to judge.
 */
export const expire = ({ data, metadata }: Cmd<'ExpireReturn'>, s: OpenReturn): Result => {
  if (metadata.actor.kind !== 'system')
    return E.left(returnError('SystemOnly', 'only the expiry process expires returns'));
  if (s.status !== 'authorised' || s.sendBy === null) return E.right([]);
  if (toMillis(metadata.now) < toMillis(s.sendBy))
    return E.left(returnError('NotYetDue', `the send-by deadline is ${s.sendBy}`, { sendBy: s.sendBy }));
  return E.right([
    { type: 'ReturnExpired', data: { returnId: data.returnId, sendBy: s.sendBy, expiredAt: metadata.now } },
  ]);
};
