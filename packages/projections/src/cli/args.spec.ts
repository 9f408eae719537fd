import { parseArgs } from './args';

const names = ['complaints', 'customer_360'];
const parse = (line: string) => parseArgs(line.split(' ').filter(Boolean), names);

describe('parseArgs', () => {
  it.each([
    ['projections status', { kind: 'status', json: false }],
    ['projections status --json', { kind: 'status', json: true }],
    ['projections rebuild complaints', { kind: 'rebuild', name: 'complaints' }],
    [
      'projections rebuild complaints --page-size 200',
      { kind: 'rebuild', name: 'complaints', pageSize: 200 },
    ],
    ['projections verify customer_360 --json', { kind: 'verify', name: 'customer_360', json: true }],
    ['projections run', { kind: 'run', names: [] }],
    [
      'projections run complaints customer_360 complaints',
      { kind: 'run', names: ['complaints', 'customer_360'] },
    ],
    ['--help', { kind: 'help' }],
    ['projections rebuild --help', { kind: 'help' }],
    ['help', { kind: 'help' }],
  ])('%s', (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each([
    ['', 'missing command'],
    ['report', 'unknown command report'],
    ['projections', 'missing projections command'],
    ['projections replay complaints', 'unknown command replay'],
    ['projections rebuild', 'rebuild takes one projection name (complaints, customer_360)'],
    [
      'projections verify complaints customer_360',
      'verify takes one projection name (complaints, customer_360)',
    ],
    ['projections rebuild complaint', 'unknown projection complaint (known: complaints, customer_360)'],
    ['projections run complaints ledger', 'unknown projection ledger (known: complaints, customer_360)'],
    ['projections status --jsn', 'unknown option --jsn'],
    ['projections status complaints', 'status takes only --json'],
    ['projections rebuild complaints --json', 'rebuild does not take --json'],
    ['projections verify complaints --page-size 0', '--page-size needs a positive integer'],
    ['projections verify complaints --page-size', '--page-size needs a positive integer'],
    ['projections run --json', 'run takes only projection names'],
  ])('%s -> %s', (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });
});
