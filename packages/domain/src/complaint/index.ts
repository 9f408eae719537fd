import { defineAggregate } from '../shared/aggregate';
import type { Decider } from '../shared/decider';
import { storedEventCodec } from '../upcast/stored';
import { complaintCommandCodec, complaintCommandPayloads, type ComplaintCommand } from './commands';
import type { ComplaintContext } from './context';
import { decideComplaint } from './decide';
import type { ComplaintError } from './errors';
import { complaintEventPayloads, type ComplaintEvent } from './events';
import { evolveComplaint } from './evolve';
import { initialComplaintState, type ComplaintState } from './state';
import { ComplaintId } from '../shared/ids';

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

/** Complaints, whole: ids, streams, stored events, commands and the decider. */
export const complaintAggregate = defineAggregate({
  name: 'complaint',
  id: ComplaintId,
  streamId: complaintStreamId,
  idOf: (command) => command.data.complaintId,
  decider: complaintDecider,
  events: storedEventCodec(complaintEventPayloads),
  commands: complaintCommandCodec,
  payloads: complaintCommandPayloads,
  opening: ['FileComplaint'],
});
