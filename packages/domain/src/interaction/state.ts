import type { ActorId, ComplaintId, InteractionId } from '../shared/ids';

/** An interaction's lifecycle, in order. */
export const INTERACTION_STATUSES = ['queued', 'active', 'on_hold', 'ended'] as const;
export type InteractionStatus = (typeof INTERACTION_STATUSES)[number];

export interface InteractionFacts {
  readonly interactionId: InteractionId;
  readonly agentId: ActorId | null;
  readonly complaintId: ComplaintId | null;
}

/** `queued → active ⇄ on_hold → ended`; outbound and in-person contacts start `active`. */
export type InteractionState =
  { readonly status: 'none' } | (InteractionFacts & { readonly status: InteractionStatus });

export const initialInteractionState: InteractionState = { status: 'none' };
