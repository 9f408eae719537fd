import { parseInstant } from '@casebook/domain';
import { TIMELINES, type AsOf, type Timeline } from '@casebook/event-store';

type FieldError = { readonly path: 'asOf' | 'timeline'; readonly reason: string };

const one = (v: unknown): unknown => (Array.isArray(v) && v.length === 1 ? v[0] : v);

/**
 * `?asOf=<instant>&timeline=recorded|occurred` of `GET /<resource>/{id}`: undefined without
 * `asOf` (the current state, as ever), else the instant and timeline, or every bad parameter.
 * Instants are UTC with seconds (the domain's parser), as everywhere else in the API.
 */
export function parseAsOf(query: unknown): AsOf | undefined | { readonly errors: FieldError[] } {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const asOf = one(q.asOf);
  const timeline = one(q.timeline);
  const errors: FieldError[] = [];
  const ms = typeof asOf === 'string' ? parseInstant(asOf) : NaN;
  if (asOf !== undefined && Number.isNaN(ms))
    errors.push({ path: 'asOf', reason: 'expected an ISO-8601 UTC instant such as 2024-03-01T09:30:00Z' });
  if (timeline !== undefined && !TIMELINES.includes(timeline as Timeline))
    errors.push({ path: 'timeline', reason: `expected one of ${TIMELINES.join(', ')}` });
  else if (timeline !== undefined && asOf === undefined)
    errors.push({ path: 'timeline', reason: 'needs asOf: without it the answer is the current state' });
  if (errors.length > 0) return { errors };
  if (asOf === undefined) return undefined;
  return { at: new Date(ms), timeline: (timeline as Timeline | undefined) ?? 'recorded' };
}
