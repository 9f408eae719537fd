import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../testing';
import { act, eventually, file, getReport, testClock } from './testing/report-fixtures';

/** Every `curl` line of the Reports section of docs/api.md, as `$API`-relative URLs. */
const section = readFileSync(join(__dirname, '../../../../docs/api.md'), 'utf8').split('\n## Reports\n')[1]!;
const examples = [...section.split('\n## ')[0]!.matchAll(/^curl .*"\$API(\/reports\/[^"]+)"/gm)].map(
  (m) => m[1]!,
);

const clock = testClock('2024-03-05T10:00:00Z');
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ clock: clock.clock });
  for (const id of ['c-1', 'c-2']) {
    await file(api, id);
    await act(api, id, 'assign', { ownerId: 'ana', team: 'logistics' });
  }
  clock.now = new Date('2024-06-01T00:00:00Z'); // past the FCA 56-day final response: breached
  await eventually(api, '/reports/complaints?team=logistics', (r) => r.body.items.length === 2);
});
afterAll(() => api.close());

describe('the docs/api.md report examples', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
  });

  it.each(examples)('%s answers 200', async (url) => {
    let path = url;
    if (path.includes('$NEXT')) {
      const first = await getReport(api, path.replace('&cursor=$NEXT', '').replace('limit=50', 'limit=1'));
      expect(first.body.nextCursor).toEqual(expect.any(String));
      path = path.replace('$NEXT', first.body.nextCursor as string);
    }
    const res = await getReport(api, path);
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({
      status: 200,
      body: 'ok',
    });
  });
});
