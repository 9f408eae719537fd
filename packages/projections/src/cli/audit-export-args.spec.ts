import { parseArgs } from './args';

const parse = (line: string) => parseArgs(line.split(' '), ['complaints']);

describe('casebook audit export and check-export arguments', () => {
  it('takes a complaint or a window, and names the file after it by default', () => {
    expect(parse('audit export --complaint c-1')).toEqual({
      ok: true,
      command: { kind: 'audit-export', complaintId: 'c-1', out: 'casebook-export-complaint-c-1.jsonl' },
    });
    expect(parse('audit export --from 2026-11-01T00:00:00Z --to 2026-12-01T00:00:00Z --out w.jsonl')).toEqual(
      {
        ok: true,
        command: {
          kind: 'audit-export',
          out: 'w.jsonl',
          window: { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') },
        },
      },
    );
    expect(parse('audit check-export f.jsonl --public-key k.pub --json')).toEqual({
      ok: true,
      command: { kind: 'audit-check-export', file: 'f.jsonl', publicKey: 'k.pub', json: true },
    });
  });

  it('refuses both or neither, a half or backwards window, and a check without one file', () => {
    for (const line of [
      'audit export',
      'audit export --complaint c-1 --from 2026-11-01T00:00:00Z --to 2026-12-01T00:00:00Z',
      'audit export --from 2026-11-01T00:00:00Z',
      'audit export --from 2026-12-01T00:00:00Z --to 2026-11-01T00:00:00Z',
      'audit export --from yesterday --to 2026-11-01T00:00:00Z',
      'audit export --complaint',
      'audit check-export',
      'audit check-export a b',
      'audit check-export a --fast',
    ]) {
      expect(parse(line)).toMatchObject({ ok: false });
    }
  });
});
