import type { components } from './schema';

/** An RFC 9457 problem as casebook sends it (application/problem+json). */
export type Problem = components['schemas']['Problem'];

const STANDARD = new Set(['type', 'title', 'status', 'detail', 'instance']);

/**
 * A refused call, thrown by `ok()`: the problem's members as fields, `code` (the domain error tag,
 * e.g. `RefundInFlight`) to branch on, `errors` for invalid input, and every extra member the
 * server sent in `extra`. An answer that is no problem document (a proxy's HTML page) still
 * becomes one, titled with the status text and the body as detail.
 */
export class ProblemError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly code: string | undefined;
  readonly errors: Problem['errors'];
  /** Every member beyond RFC 9457's own (type, title, status, detail, instance). */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    problem: Partial<Problem> & Record<string, unknown>,
    readonly response?: Response,
  ) {
    const status = typeof problem.status === 'number' ? problem.status : (response?.status ?? 0);
    const title = typeof problem.title === 'string' ? problem.title : (response?.statusText ?? 'Error');
    super(`${status} ${title}${typeof problem.detail === 'string' ? `: ${problem.detail}` : ''}`);
    this.name = 'ProblemError';
    this.type = typeof problem.type === 'string' ? problem.type : 'about:blank';
    this.title = title;
    this.status = status;
    this.detail = typeof problem.detail === 'string' ? problem.detail : undefined;
    this.code = typeof problem.code === 'string' ? problem.code : undefined;
    this.errors = problem.errors;
    this.extra = Object.fromEntries(Object.entries(problem).filter(([k]) => !STANDARD.has(k)));
  }

  /** From what openapi-fetch parsed as the error body: an object, text, or nothing. */
  static from(body: unknown, response: Response): ProblemError {
    if (typeof body === 'object' && body !== null && !Array.isArray(body))
      return new ProblemError(body as Record<string, unknown>, response);
    const detail = typeof body === 'string' && body !== '' ? body : undefined;
    return new ProblemError(detail === undefined ? {} : { detail }, response);
  }
}
