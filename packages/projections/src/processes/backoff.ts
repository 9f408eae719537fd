/**
 * Exponential backoff with full jitter (AWS's "full jitter"): a random wait between half and all
 * of `base * 2^(attempt-1)`, capped at `max`, so retries of many failed deliveries spread out
 * instead of arriving together.
 */
export const backoffMs = (
  attempt: number,
  { baseMs = 1_000, maxMs = 15 * 60_000, random = Math.random } = {},
): number => {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
};
