import * as fc from 'fast-check';
import { parseArgs } from './args';

const names = ['complaints', 'customer_360'];

/** The words the CLI knows, so generated lines reach every parser, not only "unknown command". */
const WORDS = [
  'projections',
  'audit',
  'status',
  'rebuild',
  'verify',
  'run',
  'history',
  'state',
  'clocks',
  'export',
  'check-export',
  'anchor',
  'verify-anchor',
  'complaints',
  'customer_360',
  'c-1',
  'complaint-c-1',
  '--json',
  '--page-size',
  '--format',
  'csv',
  '--as-of',
  '2024-03-01T09:30:00Z',
  '--timeline',
  'occurred',
  '--all',
  '--public-key',
  '--complaint',
  '--from',
  '--to',
  '--out',
  'x.json',
  '0',
  '-1',
  '1e308',
];

/** What no argument may hold: the domain's text rules. */
const HOSTILE = [
  '\u0000',
  '\u0001',
  '\u001b[2J',
  '\u007f',
  '\u0085',
  '\ud800',
  '\udc00',
  '\u202e',
  '\u2066',
  '\n',
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(10_000)) },
);
const hostileWord = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom(...HOSTILE), fc.boolean())
  .map(([w, h, before]) => (before ? `${h}${w}` : `${w}${h}`));

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

describe('casebook arguments, fuzzed', () => {
  it('never throws; a refusal is one line that says what is wrong, never a stack trace', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        const parsed = parseArgs(argv, names);
        if (parsed.ok) return typeof parsed.command.kind === 'string';
        return parsed.error.length > 0 && !/\n|\bat .+:\d+:\d+/.test(parsed.error.slice(0, 500));
      }),
      { numRuns: 3000, seed },
    );
  });

  it('refuses any argument that is not text, naming which argument and why', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), hostileWord, fc.nat(), (argv, bad, at) => {
        const line = [...argv];
        const i = at % (line.length + 1);
        line.splice(i, 0, bad);
        const parsed = parseArgs(line, names);
        return !parsed.ok && new RegExp(`^argument ${i + 1} contains `).test(parsed.error);
      }),
      { numRuns: 2000, seed },
    );
  });

  it.each([
    ['audit history a b', 'audit history takes one complaint id'],
    ['audit history a/b', '"a/b" is not a complaint id (1-128 characters: letters, digits, _ . : -)'],
    ['audit clocks ../x', '"../x" is not a complaint id (1-128 characters: letters, digits, _ . : -)'],
    [
      'audit export --complaint a%b',
      '"a%b" is not a complaint id (1-128 characters: letters, digits, _ . : -)',
    ],
  ])('%s: %s', (line, error) => {
    expect(parseArgs(line.split(' '), names)).toEqual({ ok: false, error });
  });

  it('names a NUL in a complaint id before any database is opened', () => {
    expect(parseArgs(['audit', 'history', 'c-\u00001'], names)).toEqual({
      ok: false,
      error: 'argument 3 contains the NUL character (U+0000 at character 3), which cannot be stored',
    });
  });
});
