import type { ComplaintEvent } from '../complaint/events';
import type { Instant } from '../shared/instant';
import type { SlaMilestone } from './policy';

/** When a milestone was met, and by which event type, so an auditor can find the fact. */
export interface MetBy {
  readonly at: Instant;
  readonly event: ComplaintEvent['type'];
}

/** What a complaint's history says about its milestones. */
export interface MilestoneFacts {
  readonly met: Readonly<Record<SlaMilestone, MetBy | null>>;
  /** The first holding response: it may extend a final-response target. */
  readonly holdingResponseAt: Instant | null;
}

const NOTHING_MET: MilestoneFacts['met'] = {
  acknowledgement: null,
  first_response: null,
  final_response: null,
  resolution: null,
  summary_resolution: null,
};

type Met = MilestoneFacts['met'];

/** The first time wins: a later repeat of the same act does not move when the milestone was met. */
const first = (met: Met, milestone: SlaMilestone, by: MetBy): Met =>
  met[milestone] === null ? { ...met, [milestone]: by } : met;

const step = (facts: MilestoneFacts, e: ComplaintEvent): MilestoneFacts => {
  const { met } = facts;
  switch (e.type) {
    case 'ComplaintAcknowledged':
      return { ...facts, met: first(met, 'acknowledgement', { at: e.data.acknowledgedAt, event: e.type }) };
    case 'HoldingResponseSent':
      return {
        met: first(met, 'first_response', { at: e.data.sentAt, event: e.type }),
        holdingResponseAt: facts.holdingResponseAt ?? e.data.sentAt,
      };
    case 'FinalResponseSent': {
      const by = { at: e.data.sentAt, event: e.type };
      return { ...facts, met: first(first(met, 'first_response', by), 'final_response', by) };
    }
    case 'ComplaintResolved': {
      const by = { at: e.data.resolvedAt, event: e.type };
      const resolved = first(met, 'resolution', by);
      return {
        ...facts,
        met: e.data.summaryResolution ? first(resolved, 'summary_resolution', by) : resolved,
      };
    }
    case 'ComplaintReopened':
      // As in the domain and the complaints model: a reopened case owes a fresh final response
      // and resolution, so those milestones are unmet again (their first response stays).
      return {
        ...facts,
        met: { ...met, final_response: null, resolution: null, summary_resolution: null },
      };
    default:
      return facts;
  }
};

/** Folds a complaint's events, in stream order, into when each milestone was met. */
export const milestonesMet = (events: ReadonlyArray<ComplaintEvent>): MilestoneFacts =>
  events.reduce(step, { met: NOTHING_MET, holdingResponseAt: null });
