import { duration, etaMs, formatProgress, type Output, ProgressLine } from './progress';

const at = (position: number, head: number, elapsedMs: number, applied = position) => ({
  applied,
  position: BigInt(position),
  head: BigInt(head),
  elapsedMs,
});

describe('progress formatting', () => {
  it.each([
    [0, '0:00'],
    [7_400, '0:07'],
    [245_000, '4:05'],
    [3_723_000, '1:02:03'],
    [NaN, '--:--'],
  ])('duration(%d) = %s', (ms, text) => expect(duration(ms)).toBe(text));

  it('estimates the time left from the rate positions went by so far', () => {
    expect(etaMs(at(25_000, 100_000, 1_000))).toBe(3_000);
    expect(etaMs(at(0, 100_000, 1_000))).toBeNull();
    expect(etaMs(at(100_000, 100_000, 4_000))).toBe(0);
  });

  it('draws a bar, the share done, events, events/s and the ETA', () => {
    expect(formatProgress('complaints', at(50_000, 200_000, 2_000, 20_000))).toBe(
      'complaints [######------------------]  25%  20,000 events  10,000 events/s  ETA 0:06',
    );
    expect(formatProgress('complaints', at(0, 0, 0))).toBe(
      'complaints [########################] 100%  0 events  0 events/s  ETA --:--',
    );
  });
});

describe('ProgressLine', () => {
  const capture = (isTTY: boolean) => {
    const writes: string[] = [];
    const out: Output = { write: (t) => void writes.push(t), isTTY };
    return { writes, out };
  };

  it('redraws one line in place on a terminal, at most every 100 ms, and ends it', () => {
    const { writes, out } = capture(true);
    let now = 0;
    const line = new ProgressLine('c', out, () => now);
    line.update(at(1, 4, 10));
    now = 50;
    line.update(at(2, 4, 60));
    now = 150;
    line.update(at(3, 4, 160));
    line.update(at(4, 4, 170));
    line.finish();
    expect(writes.map((w) => w.slice(0, 4))).toEqual(['\rc [', '\rc [', '\rc [', '\n']);
    expect(writes[2]).toContain(' 100% ');
    expect(writes.every((w) => !w.includes('\n') || w === '\n')).toBe(true);
  });

  it('writes a whole line every 2 s elsewhere, and nothing more at the end', () => {
    const { writes, out } = capture(false);
    let now = 0;
    const line = new ProgressLine('c', out, () => now);
    for (; now <= 5_000; now += 500) line.update(at(now, 10_000, now));
    line.finish();
    expect(writes).toHaveLength(3);
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
  });
});
