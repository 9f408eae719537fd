import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import type { ReturnCommand } from './commands';
import type { ReturnContext } from './context';
import { returnError, type ReturnError } from './errors';
import type { ReturnEvent } from './events';
import type { OpenReturn, ReturnLineState } from './state';
import { closingAfter } from './decide-resolve';

type Result = E.Either<ReturnError, ReadonlyArray<ReturnEvent>>;
type Cmd<K extends ReturnCommand['type']> = Of<ReturnCommand, K>;

/** Each named SKU is a line of the return, checked by `rule`; the first refusal wins. */
const eachLine = <L extends { readonly sku: string }>(
  s: OpenReturn,
  named: ReadonlyArray<L>,
  rule: (line: ReturnLineState, named: L) => ReturnError | undefined,
): E.Either<ReturnError, void> => {
  for (const n of named) {
    const line = s.lines.find((l) => l.sku === n.sku);
    if (line === undefined)
      return E.left(returnError('UnknownLine', `no line with sku ${n.sku}`, { sku: n.sku }));
    const refusal = rule(line, n);
    if (refusal !== undefined) return E.left(refusal);
  }
  return E.right(undefined);
};

const overAuthorised = (line: ReturnLineState, quantity: number) =>
  quantity > line.quantity
    ? returnError(
        'QuantityExceedsAuthorised',
        `line ${line.sku}: ${quantity} is more than the ${line.quantity} authorised`,
        {
          sku: line.sku,
          authorised: line.quantity,
        },
      )
    : undefined;

/** The warehouse counts what arrived: never more than was authorised. */
export const receive = ({ data, metadata }: Cmd<'ReceiveReturn'>, s: OpenReturn): Result => {
  if (s.status !== 'authorised' && s.status !== 'shipped')
    return E.left(
      returnError('InvalidTransition', `cannot receive a return that is ${s.status}`, { status: s.status }),
    );
  return E.map((): ReadonlyArray<ReturnEvent> => [
    { type: 'ReturnReceived', data: { ...data, receivedBy: metadata.actor, receivedAt: metadata.now } },
  ])(eachLine(s, data.lines, (line, n) => overAuthorised(line, n.quantity)));
};

/**
 * Nothing is inspected before it is received, each line once, and never more of it than arrived.
 * A line that never arrived is inspected as `not_received` with quantity 0.
 */
const inspectLine = (line: ReturnLineState, n: { quantity: number; outcome: string }) => {
  if (line.inspected !== null)
    return returnError('AlreadyInspected', `line ${line.sku} was inspected already`, { sku: line.sku });
  const over = overAuthorised(line, n.quantity);
  if (over !== undefined) return over;
  const received = line.received ?? 0;
  if (n.quantity > received)
    return returnError(
      'QuantityExceedsReceived',
      `line ${line.sku}: ${n.quantity} is more than the ${received} received`,
      {
        sku: line.sku,
        received,
      },
    );
  return undefined;
};

export const inspect = ({ data, metadata }: Cmd<'InspectReturn'>, s: OpenReturn): Result => {
  if (s.status !== 'received')
    return E.left(
      s.status === 'authorised' || s.status === 'shipped' || s.status === 'requested'
        ? returnError('NotReceived', 'nothing is inspected before it is received')
        : returnError('InvalidTransition', `cannot inspect a return that is ${s.status}`, {
            status: s.status,
          }),
    );
  return E.map((): ReadonlyArray<ReturnEvent> => [
    {
      type: 'ReturnInspected',
      data: {
        returnId: data.returnId,
        lines: data.lines,
        evidence: data.evidence ?? [],
        inspectedBy: metadata.actor,
        inspectedAt: metadata.now,
      },
    },
  ])(eachLine(s, data.lines, inspectLine));
};

/** A carrier or insurance claim is for transit damage that inspection confirmed. */
export const openClaim = (
  { data, metadata }: Cmd<'OpenCarrierClaim'>,
  s: OpenReturn,
  ctx?: ReturnContext,
): Result => {
  if (s.claimReferences.includes(data.claimReference)) return E.right([]);
  if (!s.lines.some((l) => l.inspected?.outcome === 'damaged_in_transit'))
    return E.left(returnError('NoTransitDamage', 'no line was inspected as damaged in transit'));
  const covered = ctx?.insuranceCovered;
  return E.right([
    {
      type: 'CarrierClaimOpened',
      data: {
        ...data,
        ...(s.complaintId === null ? {} : { complaintId: s.complaintId }),
        ...(covered === undefined || covered === null ? {} : { insuranceCovered: covered }),
        openedAt: metadata.now,
      },
    },
  ]);
};

/** Where each inspected line goes; a resolved return closes once every line that arrived has gone somewhere. */
export const dispose = ({ data, metadata }: Cmd<'DisposeReturn'>, s: OpenReturn): Result => {
  if (s.status !== 'received' && s.status !== 'inspected' && s.status !== 'resolved')
    return E.left(
      returnError('InvalidTransition', `cannot dispose of a return that is ${s.status}`, {
        status: s.status,
      }),
    );
  const checked = eachLine(s, data.lines, (line) =>
    line.inspected === null
      ? returnError('NotInspected', `line ${line.sku} is not inspected yet`, { sku: line.sku })
      : undefined,
  );
  const event: ReturnEvent = {
    type: 'ReturnLinesDisposed',
    data: { ...data, disposedBy: metadata.actor, disposedAt: metadata.now },
  };
  return E.map((): ReadonlyArray<ReturnEvent> => [event, ...closingAfter(s, event, metadata.now)])(checked);
};
