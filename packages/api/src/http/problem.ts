/** An RFC 9457 problem: the only shape an error leaves this API in. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  /** Stable, matchable: a domain error tag or one of ours (`InvalidInput`, `StaleVersion`, ...). */
  readonly code: string;
  readonly errors?: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
  readonly [extra: string]: unknown;
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Builds a problem; `type` is a stable URI naming the code, documented in docs/api.md. */
export const problem = (
  status: number,
  code: string,
  detail?: string,
  extra: Record<string, unknown> = {},
): Problem => ({
  type: `https://casebook.dev/problems/${code}`,
  title: TITLES[status] ?? 'Error',
  status,
  code,
  ...(detail === undefined ? {} : { detail }),
  ...extra,
});

/** Thrown where a value cannot be returned (guards, parsers); the filter renders it. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.code);
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
