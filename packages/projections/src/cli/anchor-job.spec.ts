import { anchorIntervalMs, DEFAULT_ANCHOR_EVERY_MS } from './anchor-job';

describe('CASEBOOK_ANCHOR_INTERVAL_SECONDS', () => {
  it('is hourly when unset, off at 0, in seconds otherwise, and refuses what is not a number', () => {
    expect(anchorIntervalMs(undefined)).toBe(DEFAULT_ANCHOR_EVERY_MS);
    expect(DEFAULT_ANCHOR_EVERY_MS).toBe(3_600_000);
    expect(anchorIntervalMs('0')).toBe(0);
    expect(anchorIntervalMs('90')).toBe(90_000);
    for (const bad of ['hourly', '-1']) {
      expect(() => anchorIntervalMs(bad)).toThrow(/^CASEBOOK_ANCHOR_INTERVAL_SECONDS: /);
    }
  });
});
