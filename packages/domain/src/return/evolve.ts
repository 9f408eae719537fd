import type { ReturnEvent } from './events';
import type { OpenReturn, ReturnLineState, ReturnState } from './state';

type Requested = Extract<ReturnEvent, { type: 'ReturnRequested' }>;

const fromRequested = ({ data }: Requested): OpenReturn => ({
  status: 'requested',
  returnId: data.returnId,
  customerId: data.customerId,
  complaintId: data.complaintId ?? null,
  reason: data.reason,
  deliveredAt: data.deliveredAt,
  requestedAt: data.requestedAt,
  lines: data.lines.map(({ sku, category, quantity, unitPrice }) => ({
    sku,
    category,
    quantity,
    unitPrice,
    received: null,
    inspected: null,
    disposition: null,
  })),
  sendBy: null,
  shipped: false,
  resolution: null,
  claimReferences: [],
});

/** The lines with `change` applied to those `updates` names by SKU. */
const updateLines = <U extends { readonly sku: string }>(
  lines: ReadonlyArray<ReturnLineState>,
  updates: ReadonlyArray<U>,
  change: (line: ReturnLineState, update: U) => ReturnLineState,
): ReadonlyArray<ReturnLineState> =>
  lines.map((line) => {
    const update = updates.find((u) => u.sku === line.sku);
    return update === undefined ? line : change(line, update);
  });

/** Inspected once every line has an outcome. */
const afterInspection = (lines: ReadonlyArray<ReturnLineState>) =>
  lines.every((l) => l.inspected !== null) ? 'inspected' : 'received';

const patch = (s: OpenReturn, e: Exclude<ReturnEvent, Requested>): Partial<OpenReturn> => {
  switch (e.type) {
    case 'ReturnAuthorised':
      return { status: 'authorised', sendBy: e.data.sendBy };
    case 'ReturnRefused':
      return { status: 'refused' };
    case 'ReturnShipped':
      return { status: 'shipped', shipped: true };
    case 'ReturnReceived':
      return {
        status: 'received',
        lines: updateLines(s.lines, e.data.lines, (l, u) => ({ ...l, received: u.quantity })),
      };
    case 'ReturnInspected': {
      const lines = updateLines(s.lines, e.data.lines, (l, u) => ({
        ...l,
        inspected: { quantity: u.quantity, outcome: u.outcome },
      }));
      return { status: afterInspection(lines), lines };
    }
    case 'CarrierClaimOpened':
      return { claimReferences: [...s.claimReferences, e.data.claimReference] };
    case 'ReturnLinesDisposed':
      return { lines: updateLines(s.lines, e.data.lines, (l, u) => ({ ...l, disposition: u.disposition })) };
    case 'ReturnResolved':
      return { status: 'resolved', resolution: e.data.resolution };
    case 'ReturnClosed':
      return { status: 'closed' };
    case 'ReturnCancelled':
      return { status: 'cancelled' };
    case 'ReturnExpired':
      return { status: 'expired' };
  }
};

/** Applies one return event. */
export const evolveReturn = (state: ReturnState, event: ReturnEvent): ReturnState => {
  if (event.type === 'ReturnRequested') return fromRequested(event);
  if (state.status === 'none') return state;
  return { ...state, ...patch(state, event) };
};
