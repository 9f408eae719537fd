import { complaintsReport } from '@casebook/projections';
import { ProblemError } from '../http/problem';
import { parseListQuery, type RawQuery } from './list-query';

const parse = (query: RawQuery, accept?: string) => parseListQuery(complaintsReport, query, accept);

/** The `errors` of the 400 a query gets. */
const issues = (query: RawQuery) => {
  try {
    parse(query);
  } catch (e) {
    expect(e).toBeInstanceOf(ProblemError);
    const p = (e as ProblemError).problem;
    expect(p).toMatchObject({ status: 400, code: 'InvalidInput' });
    return p.errors;
  }
  throw new Error('expected a 400');
};

describe('a list route’s query string', () => {
  it('asks for CSV with format=csv or Accept: text/csv; format wins', () => {
    expect(parse({ format: 'csv' }).format).toBe('csv');
    expect(parse({}, 'text/csv').format).toBe('csv');
    expect(parse({ format: 'json' }, 'text/csv').format).toBe('json');
    expect(parse({}, 'application/json').format).toBe('json');
    expect(parse({ status: 'open' })).toMatchObject({ format: 'json', request: { limit: 50 } });
  });

  it('refuses a bad format, naming the parameter', () => {
    expect(issues({ format: 'xml' })).toEqual([
      { path: 'format', reason: expect.stringMatching(/not json or csv/) },
    ]);
    expect(issues({ format: ['csv', 'json'] })).toEqual([{ path: 'format', reason: 'given more than once' }]);
  });

  it('names every bad parameter in one 400, the list’s and the format', () => {
    expect(issues({ colour: 'red', limit: '0', format: 'xml' })!.map((i) => i.path)).toEqual([
      'colour',
      'limit',
      'format',
    ]);
  });
});
