import type { ReturnPolicy } from './codecs';

/**
 * What the runner reads besides the return's own stream: the host's return policy (authorising
 * checks the window, resolving takes the restocking fee) and, for a carrier claim, the linked
 * complaint's insurance coverage decision (`null` when it has none or there is no complaint).
 */
export interface ReturnContext {
  readonly policy: ReturnPolicy;
  readonly insuranceCovered?: boolean | null;
}
