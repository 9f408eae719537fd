import * as fc from 'fast-check';
import { complaintCommandPayloads, complaintEventCodec } from '../complaint';
import { customerCommandPayloads } from '../customer';
import { decodeWith, formatErrors } from './decode';
import { Label, Text } from './primitives';
import { MULTILINE, SINGLE_LINE, textFault } from './text';

const errorsOf = (result: ReturnType<typeof decodeWith>): ReadonlyArray<string> =>
  result._tag === 'Left' ? formatErrors(result.left) : [];

describe('text: what is taken', () => {
  it.each([
    ['plain ASCII', 'Charged twice'],
    ['accents and other scripts', 'Zoë, Łódź, 東京, Ελλάδα'],
    ['right-to-left letters without controls', 'شكوى بخصوص الفاتورة'],
    ['an emoji (a surrogate pair)', 'refund 💸 please'],
    ['left-to-right and right-to-left marks (not overrides)', 'a\u200Eb\u200Fc'],
    ['a no-break space and a soft hyphen', 'a\u00A0b\u00ADc'],
  ])('%s, as a label and as free text', (_, s) => {
    expect(Label.is(s)).toBe(true);
    expect(Text.is(s)).toBe(true);
    expect(textFault(s, SINGLE_LINE)).toBeUndefined();
  });

  it('takes tab, line feed and CR LF in free text', () => {
    const s = 'line one\r\nline two\n\tindented';
    expect(Text.is(s)).toBe(true);
    expect(textFault(s, MULTILINE)).toBeUndefined();
  });

  it('takes any well-formed string of printable characters (property)', () => {
    const printable = fc
      .string({ unit: 'grapheme' })
      .filter((s) => !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(s));
    fc.assert(fc.property(printable, (s) => textFault(s, SINGLE_LINE) === undefined));
  });
});

describe('text: what is refused, and why', () => {
  it.each<[string, string, RegExp]>([
    [
      'NUL',
      'bi\u0000lling',
      /^contains the NUL character \(U\+0000 at character 3\), which cannot be stored$/,
    ],
    [
      'BEL, a C0 control',
      'a\u0007',
      /^contains the control character U\+0007 at character 2, which is not text/,
    ],
    ['ESC (terminal escapes)', '\u001b[2J', /control character U\+001B at character 1/],
    ['DEL', 'a\u007Fb', /control character U\+007F at character 2/],
    ['a C1 control (NEL)', 'a\u0085b', /control character U\+0085/],
    ['CSI, a C1 control', '\u009B31m', /control character U\+009B/],
    [
      'a lone high surrogate',
      'a\ud800b',
      /^contains a lone UTF-16 surrogate \(U\+D800 at character 2\), which is not a character$/,
    ],
    ['a lone low surrogate', 'a\udc00', /lone UTF-16 surrogate \(U\+DC00 at character 2\)/],
    ['surrogates in the wrong order', '\udc00\ud800', /lone UTF-16 surrogate \(U\+DC00 at character 1\)/],
    [
      'a right-to-left override',
      'invoice\u202Egpj.exe',
      /^contains the bidirectional control U\+202E at character 8, which can disguise how the text displays$/,
    ],
    ['a left-to-right embedding', '\u202Aa', /bidirectional control U\+202A/],
    ['a right-to-left isolate', 'a\u2067b', /bidirectional control U\+2067/],
    ['a pop directional isolate', 'a\u2069', /bidirectional control U\+2069/],
  ])('refuses %s, in a label and in free text', (_, s, reason) => {
    expect(textFault(s, SINGLE_LINE)).toMatch(reason);
    expect(textFault(s, MULTILINE)).toMatch(reason);
    expect(Label.is(s)).toBe(false);
    expect(Text.is(s)).toBe(false);
  });

  it.each([
    ['tab', 'a\tb', 'U+0009'],
    ['line feed', 'a\nb', 'U+000A'],
    ['CR LF', 'a\r\nb', 'U+000D'],
  ])('refuses %s in a single-line value', (_, s, cp) => {
    expect(textFault(s, SINGLE_LINE)).toContain(`control character ${cp}`);
    expect(Label.is(s)).toBe(false);
  });

  it('refuses a bare CR even in free text: it is a line end only before a line feed', () => {
    expect(textFault('a\rb', MULTILINE)).toBe(
      'contains the control character U+000D at character 2, which is not text (tab and line breaks are allowed)',
    );
  });

  it('refuses every control character but the free-text ones (property)', () => {
    const control = fc.integer({ min: 0, max: 0x9f }).filter((cp) => cp < 0x20 || cp >= 0x7f);
    fc.assert(
      fc.property(fc.string(), control, fc.string(), (a, cp, b) => {
        const s = `${a}${String.fromCharCode(cp)}${b}`;
        const freeTextMayHave = cp === 0x09 || cp === 0x0a || (cp === 0x0d && b.startsWith('\n'));
        return (
          textFault(s, SINGLE_LINE) !== undefined &&
          (freeTextMayHave || textFault(s, MULTILINE) !== undefined)
        );
      }),
    );
  });
});

describe('the codecs name the field and the reason', () => {
  const filing = {
    complaintId: 'c-1',
    customerId: 'cust-1',
    channel: 'email',
    category: 'billing',
    description: 'Charged twice',
    amountPaid: { minor: 5000, currency: 'GBP' },
    priority: 'medium',
    regime: 'FCA_DISP',
  };

  it('in a command body: category (a label) and description (free text)', () => {
    const result = decodeWith(complaintCommandPayloads.FileComplaint, {
      ...filing,
      category: 'bi\u0000lling',
      description: 'a\ud800b',
    });
    expect(errorsOf(result)).toEqual([
      'category: contains the NUL character (U+0000 at character 3), which cannot be stored',
      'description: contains a lone UTF-16 surrogate (U+D800 at character 2), which is not a character',
    ]);
    const multiline = decodeWith(complaintCommandPayloads.FileComplaint, {
      ...filing,
      description: 'a\r\nb',
    });
    expect(multiline._tag).toBe('Right');
  });

  it('in a customer: the name, the address and the email', () => {
    const result = decodeWith(customerCommandPayloads.RegisterCustomer, {
      customerId: 'cust-1',
      name: 'Ada\u202E',
      email: 'ada\u0001@example.com',
      address: { line1: 'x\ny', city: 'London', postcode: 'N1', country: 'GB' },
    });
    expect(errorsOf(result)).toEqual([
      expect.stringMatching(/^name: contains the bidirectional control U\+202E/),
      expect.stringMatching(/^email: contains the control character U\+0001/),
      expect.stringMatching(/^address\.line1: contains the control character U\+000A/),
    ]);
  });

  it('still reads a stored event written before the rules (a tab in a category)', () => {
    const stored = {
      type: 'ComplaintFiled',
      data: { ...filing, category: 'bil\tling', filedAt: '2024-03-06T10:00:00Z' },
    };
    expect(decodeWith(complaintEventCodec, stored)).toEqual({ _tag: 'Right', right: stored });
  });
});
