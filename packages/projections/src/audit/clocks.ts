import {
  complaintAggregate,
  complaintClocks,
  policyForFiled,
  type BusinessCalendar,
  type ComplaintClocks,
  type ComplaintEvent,
  type Instant,
} from '@casebook/domain';
import { aggregateStream, type EventStore } from '@casebook/event-store';

/** Folds a complaint stream into its events: the clocks need the history (pauses), not a state. */
const history = {
  decider: {
    initialState: [] as ReadonlyArray<ComplaintEvent>,
    evolve: (events: ReadonlyArray<ComplaintEvent>, e: ComplaintEvent) => [...events, e],
  },
  codec: complaintAggregate.events,
};

/**
 * One complaint's regulatory clocks, judged at `now`: replays its stream (always current, like
 * `GET /complaints/{id}`) and judges it under the policy version its `ComplaintFiled` recorded
 * (events stored without one: the version effective at filing), on `calendar` when the host
 * configures one. `null` when there is no such complaint; throws when the recorded version is
 * unknown to this build (see `policyForFiled`). Shared by the API's clocks query and
 * `casebook audit clocks`, so both answer alike.
 */
export async function readComplaintClocks(
  store: EventStore,
  complaintId: string,
  now: Instant,
  calendar?: BusinessCalendar,
): Promise<ComplaintClocks | null> {
  const id = complaintAggregate.id.decode(complaintId);
  if (id._tag === 'Left') return null;
  const read = await aggregateStream(store, complaintAggregate.streamId(id.right), history);
  const filed = read.state[0];
  if (!read.exists || filed?.type !== 'ComplaintFiled') return null;
  const applied = policyForFiled(filed.data, calendar);
  return complaintClocks(read.state, applied, now);
}
