import type { Decider } from '../shared/decider';
import type { ComplaintCommand } from './commands';
import type { ComplaintContext } from './context';
import { decideComplaint } from './decide';
import type { ComplaintError } from './errors';
import type { ComplaintEvent } from './events';
import { evolveComplaint } from './evolve';
import { initialComplaintState, type ComplaintState } from './state';
import type { ComplaintId } from '../shared/ids';

export * from './codecs';
export * from './commands';
export * from './context';
export * from './errors';
export * from './events';
export * from './state';
export { decideComplaint } from './decide';
export { evolveComplaint } from './evolve';

/** `complaint-<id>`: the stream that holds one complaint's events. */
export const complaintStreamId = (id: ComplaintId): `complaint-${string}` => `complaint-${id}`;

/** The complaint decider, for the command runner and the test kit. */
export const complaintDecider: Decider<
  ComplaintCommand,
  ComplaintEvent,
  ComplaintState,
  ComplaintContext,
  ComplaintError
> = {
  decide: decideComplaint,
  evolve: evolveComplaint,
  initialState: initialComplaintState,
};
