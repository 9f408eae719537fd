import type { ActorId, ComplaintId, InteractionId } from '../shared/ids';

export type InteractionStatus = 'queued' | 'active' | 'on_hold' | 'ended';

export interface InteractionFacts {
  readonly interactionId: InteractionId;
  readonly agentId: ActorId | null;
  readonly complaintId: ComplaintId | null;
}

/** `queued → active ⇄ on_hold → ended`; outbound and in-person contacts start `active`. */
export type InteractionState =
  { readonly status: 'none' } | (InteractionFacts & { readonly status: InteractionStatus });

export const initialInteractionState: InteractionState = { status: 'none' };
