import { parseArgs } from './args';

const parse = (line: string) => parseArgs(line.split(' ').filter(Boolean), []);

describe('casebook audit arguments', () => {
  it.each([
    ['audit history c-1', { kind: 'audit-history', complaintId: 'c-1', format: 'text' }],
    ['audit history c-1 --format csv', { kind: 'audit-history', complaintId: 'c-1', format: 'csv' }],
    [
      'audit state c-1 --as-of 2024-03-01T09:00:00Z',
      { kind: 'audit-state', complaintId: 'c-1', asOf: '2024-03-01T09:00:00Z', timeline: 'recorded' },
    ],
    [
      'audit state --timeline occurred c-1 --as-of 2024-03-01T09:00:00.5Z',
      { kind: 'audit-state', complaintId: 'c-1', asOf: '2024-03-01T09:00:00.5Z', timeline: 'occurred' },
    ],
  ])('%s', (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each([
    ['audit', 'missing audit command'],
    ['audit replay c-1', 'unknown audit command replay'],
    ['audit history', 'audit history takes one complaint id'],
    ['audit history c-1 c-2', 'audit history takes one complaint id'],
    ['audit history c-1 --format xml', '--format must be one of text, json, csv'],
    ['audit history c-1 --format', '--format needs a value'],
    ['audit history c-1 --as-of 2024-03-01T09:00:00Z', 'unknown option --as-of'],
    ['audit state c-1', '--as-of needs an ISO-8601 UTC instant such as 2024-03-01T09:30:00Z'],
    [
      'audit state c-1 --as-of 2024-02-30T00:00:00Z',
      '--as-of needs an ISO-8601 UTC instant such as 2024-03-01T09:30:00Z',
    ],
    [
      'audit state c-1 --as-of 2024-03-01T00:00:00Z --timeline later',
      '--timeline must be one of recorded, occurred',
    ],
    ['audit state c-1 --as-of 2024-03-01T00:00:00Z --as-of 2024-03-02T00:00:00Z', '--as-of given twice'],
  ])('%s: %s', (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });
});
