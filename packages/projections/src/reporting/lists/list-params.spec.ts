import { complaintsReport } from '../../complaints/complaints.report';
import { encodeCursor, filterHash } from './cursor';
import { isInstant } from './filter-values';
import { parseListParams, type ListParams } from './list-params';
import { column, defineList } from './list-spec';

const parse = (params: ListParams) => {
  const parsed = parseListParams(complaintsReport, params);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.issues)}`);
  return parsed.request;
};

/** The issues a query gets. */
const issues = (params: ListParams) => {
  const parsed = parseListParams(complaintsReport, params);
  if (parsed.ok) throw new Error('expected issues');
  return parsed.issues;
};

describe('list query parameters', () => {
  it('defaults: the spec’s sort, 50 rows, no filters', () => {
    expect(parse({})).toMatchObject({
      conditions: [],
      sort: { field: 'filedAt', descending: true },
      limit: 50,
    });
  });

  it('leaves format to the caller that renders the rows', () => {
    expect(parse({ format: 'csv' })).toMatchObject({ conditions: [] });
  });

  it('reads multi-value filters either way, ranges, bounds and flags', () => {
    const req = parse({
      status: ['resolved,open', 'open'],
      filedFrom: '2024-01-01T00:00:00Z',
      filedTo: '2024-02-01T00:00:00.5+01:00',
      minEscalationLevel: '2',
      breached: 'true',
      sort: 'status',
      limit: '500',
    });
    expect(req.conditions.map((c) => [c.param, c.filter.kind, c.values])).toEqual([
      ['status', 'in', ['open', 'resolved']],
      ['filedFrom', 'from', ['2024-01-01T00:00:00Z']],
      ['filedTo', 'to', ['2024-02-01T00:00:00.5+01:00']],
      ['minEscalationLevel', 'min', ['2']],
      ['breached', 'is', ['true']],
    ]);
    expect(req).toMatchObject({ sort: { field: 'status', descending: false }, limit: 500 });
  });

  it.each<[string, ListParams, string, RegExp]>([
    ['an unknown filter', { colour: 'red' }, 'colour', /unknown filter; complaints filter on .*status/],
    ['a bad instant', { filedFrom: '2024-02-30T00:00:00Z' }, 'filedFrom', /not an instant/],
    ['an instant without an offset', { filedTo: '2024-01-01T00:00:00' }, 'filedTo', /not an instant/],
    ['a bad enum value', { status: 'open,nope' }, 'status', /"nope" not allowed; expected one of open, /],
    ['an empty list value', { team: 'a,,b' }, 'team', /empty value/],
    ['a bad flag', { breached: 'yes' }, 'breached', /expected true or false/],
    ['a bad bound', { minEscalationLevel: '1.5' }, 'minEscalationLevel', /not an integer/],
    [
      'a range given twice',
      { filedFrom: ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'] },
      'filedFrom',
      /more than once/,
    ],
    [
      'an unknown sort field',
      { sort: '-colour' },
      'sort',
      /unknown sort field "colour"; sort on complaintId, /,
    ],
    ['a boolean sort field', { sort: 'breached' }, 'sort', /unknown sort field/],
    ['limit 0', { limit: '0' }, 'limit', /from 1 to 500/],
    ['limit 501', { limit: '501' }, 'limit', /from 1 to 500/],
    ['a non-numeric limit', { limit: 'ten' }, 'limit', /from 1 to 500/],
    ['a bad cursor', { cursor: 'garbage!' }, 'cursor', /not a cursor this API issued/],
  ])('refuses %s, naming the parameter', (_, params, param, reason) => {
    expect(issues(params)).toEqual([{ param, reason: expect.stringMatching(reason) }]);
  });

  it('names every bad parameter at once', () => {
    expect(issues({ colour: 'red', limit: '0', sort: 'x' }).map((i) => i.param)).toEqual([
      'colour',
      'sort',
      'limit',
    ]);
  });

  it('takes a cursor back only with the same sort and filters', () => {
    const first = parse({ status: 'open', sort: 'filedAt' });
    const cursor = encodeCursor(first.scope, { value: '2024-01-01T00:00:00.000000Z', key: 'c-1' });
    expect(parse({ status: 'open', sort: 'filedAt', cursor, limit: '5' }).after).toEqual({
      value: '2024-01-01T00:00:00.000000Z',
      key: 'c-1',
    });
    expect(issues({ status: 'open', cursor })).toEqual([
      { param: 'cursor', reason: expect.stringMatching(/sort=filedAt/) },
    ]);
    expect(issues({ status: 'closed', sort: 'filedAt', cursor })).toEqual([
      { param: 'cursor', reason: expect.stringMatching(/other filters/) },
    ]);
  });

  it('refuses a cursor whose sort value is not of the sort field’s type', () => {
    const scope = { sort: '-filedAt', filters: filterHash([]) };
    const cursor = encodeCursor(scope, { value: "'; DROP TABLE complaints; --", key: 'k' });
    expect(issues({ cursor })).toEqual([{ param: 'cursor', reason: 'not a cursor this API issued' }]);
  });
});

describe('instants', () => {
  it.each(['2024-01-31T09:00:00Z', '2024-02-29T23:59:59.123456+05:30', '2024-06-01T00:00:00-04:00'])(
    'accepts %s',
    (s) => expect(isInstant(s)).toBe(true),
  );
  it.each(['2024-01-31', '2023-02-29T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T00:00Z', 'now'])(
    'refuses %s',
    (s) => expect(isInstant(s)).toBe(false),
  );
});

describe('a list spec', () => {
  it('is checked when declared: filters and sorts must name fields of the right type', () => {
    const base = {
      name: 'things',
      table: 'things',
      alias: 't',
      key: 'id',
      fields: { id: column('id', 'text'), at: column('at', 'instant') },
      sortable: ['id'],
      defaultSort: 'id',
    };
    expect(() => defineList({ ...base, filters: { at: { kind: 'in', field: 'at' } } })).toThrow(/filter at/);
    expect(() => defineList({ ...base, filters: { x: { kind: 'in', field: 'nope' } } })).toThrow(/filter x/);
    expect(() => defineList({ ...base, filters: { sort: { kind: 'in', field: 'id' } } })).toThrow(/sort/);
    expect(() => defineList({ ...base, filters: {}, defaultSort: 'at' })).toThrow(/at/);
  });
});
