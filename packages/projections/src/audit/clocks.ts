import {
  complaintAggregate,
  complaintClocks,
  appliedPolicyOf,
  type BusinessCalendar,
  type ComplaintClocks,
  type ComplaintEvent,
  type Instant,
  type SlaSettings,
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
 * (events stored without one: the version effective at filing), on the calendar version it
 * recorded (from the SLA settings), else `calendar` when the host configures one. `null` when there is no such complaint; throws when the recorded version is
 * unknown to this build (see `policyForFiled`). Shared by the API's clocks query and
 * `casebook audit clocks`, so both answer alike.
 */
export async function readComplaintClocks(
  store: EventStore,
  complaintId: string,
  now: Instant,
  calendar?: BusinessCalendar,
  sla: SlaSettings = {},
): Promise<ComplaintClocks | null> {
  const events = await complaintEvents(store, complaintId);
  const filed = events?.[0];
  if (events === null || filed?.type !== 'ComplaintFiled') return null;
  const applied = appliedPolicyOf(sla, filed.data, calendar);
  return complaintClocks(events, applied, now);
}

/** A complaint's events in stream order, decoded; `null` when the id is malformed or no such stream exists. */
export async function complaintEvents(
  store: EventStore,
  complaintId: string,
): Promise<ReadonlyArray<ComplaintEvent> | null> {
  const id = complaintAggregate.id.decode(complaintId);
  if (id._tag === 'Left') return null;
  const read = await aggregateStream(store, complaintAggregate.streamId(id.right), history);
  return read.exists ? read.state : null;
}
