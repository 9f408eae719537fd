import type { FireResult, SendOutcome } from './process';

/**
 * A command's outcome as a timer's: written or already done is done; a race lost to other
 * writers (409) or a dependency away (5xx) is tried again; any other refusal is for an operator.
 */
export const outcomeOf = (sent: SendOutcome, note?: string): FireResult => {
  if (sent.ok) return { outcome: 'done', note: note ?? (sent.wrote === 0 ? 'already recorded' : undefined) };
  const error = `${sent.code}: ${sent.detail}`;
  return sent.status === 409 || sent.status >= 500
    ? { outcome: 'retry', error }
    : { outcome: 'give-up', error };
};
