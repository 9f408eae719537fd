import { parseArgs } from './args';

const parse = (line: string) => parseArgs(line.split(' '), ['complaints']);

describe('casebook audit verify arguments', () => {
  it('takes one stream id or --all, with --json and --page-size', () => {
    expect(parse('audit verify complaint-c-1')).toEqual({
      ok: true,
      command: { kind: 'audit-verify', streamId: 'complaint-c-1', json: false },
    });
    expect(parse('audit verify --all --json --page-size 500')).toEqual({
      ok: true,
      command: { kind: 'audit-verify', streamId: undefined, json: true, pageSize: 500 },
    });
  });

  it('refuses neither, both, two streams and unknown options', () => {
    for (const line of [
      'audit verify',
      'audit verify s --all',
      'audit verify a b',
      'audit verify s --fast',
    ]) {
      expect(parse(line)).toMatchObject({ ok: false });
    }
    expect(parse('audit verify --all --page-size 0')).toEqual({
      ok: false,
      error: '--page-size needs a positive integer',
    });
  });
});
