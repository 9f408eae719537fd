import { Readable } from 'node:stream';
import type { ListRow, ListSpec } from '@casebook/projections';
import { csvCell, csvLine } from './csv';

/**
 * A list's rows as a CSV stream: a header of its field names, then each page as it is read. A
 * failure after the first page can only cut the stream short (the chunked response then ends
 * without its last chunk, which clients see): `listAll` reads the first page before this starts.
 */
export function listCsv(spec: ListSpec, pages: AsyncIterable<readonly ListRow[]>): Readable {
  const fields = Object.entries(spec.fields);
  const line = (row: ListRow) => csvLine(fields.map(([name, f]) => csvCell(row[name], f.type === 'text')));
  async function* chunks() {
    yield csvLine(fields.map(([name]) => name));
    for await (const page of pages) yield page.map(line).join('');
  }
  return Readable.from(chunks(), { objectMode: false });
}
