import { complaintsReport } from '../../complaints/complaints.report';
import { parseListParams, type ListParams, type ListRequest } from './list-params';
import { listSql, rowSql } from './list-sql';

const request = (params: ListParams): ListRequest => {
  const parsed = parseListParams(complaintsReport, params);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.issues)}`);
  return parsed.request;
};

const now = new Date('2024-03-01T12:00:00Z');

describe('list SQL', () => {
  it('binds every value from the request; identifiers come from the spec', () => {
    const hostile = `x'); DROP TABLE complaints; --`;
    const req = request({ team: hostile, breached: 'true', sort: 'team' });
    const q = listSql(complaintsReport, { ...req, after: { value: hostile, key: hostile } }, now, 51);
    expect(q.text).not.toContain('DROP');
    expect(q.values).toEqual([now.toISOString(), [hostile], true, hostile, hostile, 51]);
    expect(q.text).toContain('ORDER BY c.team ASC NULLS LAST, c.complaint_id ASC LIMIT $6::int');
  });

  it('pages after (sort value, key), nulls last in both directions', () => {
    const req = request({ sort: '-resolvedAt' });
    const after = listSql(
      complaintsReport,
      { ...req, after: { value: '2024-01-01T00:00:00Z', key: 'k' } },
      now,
      10,
    );
    expect(after.text).toContain(
      '(c.resolved_at < $3::timestamptz OR (c.resolved_at = $3::timestamptz AND c.complaint_id < $2::text) OR c.resolved_at IS NULL)',
    );
    const inNulls = listSql(complaintsReport, { ...req, after: { value: null, key: 'k' } }, now, 10);
    expect(inNulls.text).toContain('(c.resolved_at IS NULL AND c.complaint_id < $2::text)');
    expect(inNulls.text).toContain('ORDER BY c.resolved_at DESC NULLS LAST, c.complaint_id DESC');
  });

  it('reads one row by key, with the clock bound', () => {
    const q = rowSql(complaintsReport, 'c-1', now);
    expect(q.text).toMatch(/WHERE c\.complaint_id = \$2::text$/);
    expect(q.values).toEqual([now.toISOString(), 'c-1']);
  });
});
