import { csvCell, csvLine, guardFormula, quoteCell } from './csv';

describe('CSV cells', () => {
  it('quotes cells holding a quote, comma, CR or LF, doubling quotes (RFC 4180)', () => {
    expect(quoteCell('plain text')).toBe('plain text');
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell('two\nlines')).toBe('"two\nlines"');
    expect(quoteCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('guards %j against formula injection', (s) => {
    expect(guardFormula(s)).toBe(`'${s}`);
  });

  it('leaves other text alone', () => {
    expect(guardFormula('a=1')).toBe('a=1');
    expect(guardFormula(' =1')).toBe(' =1');
  });

  it('guards text cells only, and writes null as empty', () => {
    expect(csvCell('-1', true)).toBe("'-1");
    expect(csvCell(-1, false)).toBe('-1');
    expect(csvCell(true, false)).toBe('true');
    expect(csvCell(null, true)).toBe('');
  });

  it('ends each record with CRLF, quoting after guarding', () => {
    expect(csvLine(['a', guardFormula('=HYPERLINK("x")'), ''])).toBe('a,"\'=HYPERLINK(""x"")",\r\n');
  });
});
