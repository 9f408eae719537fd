import { parseTimerBenchArgs } from './timers';

describe('pnpm bench timers arguments', () => {
  it('defaults to 20,000 timers and a table', () => {
    expect(parseTimerBenchArgs([])).toEqual({ json: false, timers: 20_000 });
  });

  it('takes --json and --timers N', () => {
    expect(parseTimerBenchArgs(['--json', '--timers', '500'])).toEqual({ json: true, timers: 500 });
  });

  it.each([['0'], ['-3'], ['1.5'], ['many']])('refuses --timers %s', (n) => {
    expect(() => parseTimerBenchArgs(['--timers', n])).toThrow('--timers needs a positive integer');
  });
});
