import type { Role } from '../../auth/jwt';
import { filing, post, type TestApi, type TestResponse } from '../../testing';

/** A report row as JSON. */
export type Row = Record<string, unknown>;

/** The rows of a report answer (`{ items }`). */
export const itemsOf = (res: TestResponse): Row[] => (res.body as { items: Row[] }).items;

/** A clock the test moves: filings stamp it, and reports judge SLA breaches against it. */
export interface TestClock {
  now: Date;
  readonly clock: () => Date;
}

export const testClock = (start: string): TestClock => {
  const c: TestClock = { now: new Date(start), clock: () => c.now };
  return c;
};

export const getReport = (
  api: TestApi,
  url: string,
  role: Role = 'analyst',
  headers: Record<string, string> = {},
): Promise<TestResponse> => api.request({ method: 'GET', url, headers: { ...api.auth(role), ...headers } });

/** Polls a report until `done` holds: the read models follow the log a moment behind it. */
export async function eventually(
  api: TestApi,
  url: string,
  done: (res: TestResponse) => boolean,
  timeoutMs = 30_000,
): Promise<TestResponse> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await getReport(api, url);
    if (res.status === 200 && done(res)) return res;
    if (Date.now() > until)
      throw new Error(`${url} never settled: ${JSON.stringify(res.body).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Follows `nextCursor` to the end; every page's items, in order. */
export async function walk(api: TestApi, url: string): Promise<{ items: Row[]; pages: number }> {
  const items: Row[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await getReport(api, cursor ? `${url}${sep}cursor=${cursor}` : url);
    expect(res.status).toBe(200);
    items.push(...itemsOf(res));
    cursor = (res.body as { nextCursor: string | null }).nextCursor;
    pages += 1;
  } while (cursor !== null && pages < 1000);
  return { items, pages };
}

export const ids = (items: readonly Row[], key = 'complaintId'): string[] =>
  items.map((i) => i[key] as string);

/** Files a complaint with a known id; fails the test unless it is created. */
export async function file(api: TestApi, complaintId: string, overrides: Record<string, unknown> = {}) {
  const res = await post(api, '/complaints', filing({ complaintId, ...overrides }), api.auth('agent', 'ana'));
  expect(res.status).toBe(201);
}

/** Runs a complaint command as an agent; fails the test unless it succeeds. */
export async function act(api: TestApi, complaintId: string, action: string, body: unknown = {}) {
  const res = await post(api, `/complaints/${complaintId}/${action}`, body, api.auth('agent', 'ana'));
  expect({ action, status: res.status, body: res.body }).toMatchObject({ status: 200 });
}
