import { complaintEventTypes } from '../index';
import { complaintAppends } from './live-appends';
import { parseBenchArgs } from './projections';

describe('complaintAppends', () => {
  const appends = complaintAppends(3_000, 100);

  it('makes single-event appends of the types the complaints model reads', () => {
    expect(appends).toHaveLength(3_000);
    expect(appends.every((a) => a.events.length === 1)).toBe(true);
    const types = new Set(appends.map((a) => a.events[0]!.type));
    expect([...types].filter((t) => !(complaintEventTypes as readonly string[]).includes(t))).toEqual([]);
    expect(types.has('ComplaintFiled')).toBe(true);
  });

  it('never appends to a stream twice in a row, so appends can share a batch', () => {
    const repeats = appends.filter((a, i) => i > 0 && appends[i - 1]!.streamId === a.streamId);
    expect(repeats).toEqual([]);
  });
});

describe('parseBenchArgs', () => {
  it('has the issue defaults and reads overrides', () => {
    expect(parseBenchArgs([])).toEqual({
      json: false,
      events: 200_000,
      rate: 1_000,
      seconds: 10,
      pageSize: 2_000,
    });
    expect(parseBenchArgs(['--json', '--events', '20000'])).toMatchObject({ json: true, events: 20_000 });
    expect(() => parseBenchArgs(['--events', 'lots'])).toThrow('--events needs a positive integer');
  });
});
