import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chainExample as ex } from '../testing/chain-example';
import { jcs } from './canonical';
import { GENESIS, chainHash, contentDigest, eventHash } from './hash';

const fields = (i: number) => ({ ...ex.events[i]!, streamId: ex.streamId, schemaVersion: 1 });

describe('RFC 8785 canonical JSON', () => {
  it('sorts keys by UTF-16 code units at every depth, with no whitespace', () => {
    // '\u{1F600}' (surrogates 0xD83D...) sorts before '\uFFFD' in UTF-16, after it in code points.
    expect(jcs({ b: [{ z: 1, a: 2 }], a: null, '\uFFFD': 1, '\u{1F600}': 2, '10': 0, '2': 0 })).toBe(
      '{"10":0,"2":0,"a":null,"b":[{"a":2,"z":1}],"\u{1F600}":2,"\uFFFD":1}',
    );
  });

  it('keeps a __proto__ key of parsed JSON as a member, in order', () => {
    expect(jcs(JSON.parse('{"z":1,"__proto__":{"b":1,"a":2}}'))).toBe('{"__proto__":{"a":2,"b":1},"z":1}');
    expect(jcs({ b: { y: 1, x: 2 }, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":{"x":2,"y":1}}');
  });

  it('writes numbers and strings as ECMAScript does', () => {
    expect(jcs([1e21, 1.5e-7, 0.1, -0, 1999, 'é\n"\u0001'])).toBe(
      '[1e+21,1.5e-7,0.1,0,1999,"é\\n\\"\\u0001"]',
    );
    expect(() => jcs(Number.NaN)).toThrow(TypeError);
  });
});

describe('the chain (docs/audit.md, "Tamper evidence")', () => {
  it('hashes the worked example to its documented digests and hashes', () => {
    expect(
      jcs([
        ex.streamId,
        ex.events[0]!.eventId,
        'ComplaintFiled',
        1,
        ex.events[0]!.data,
        ex.events[0]!.metadata,
      ]),
    ).toBe(ex.firstCanonical);
    let prev: Buffer = GENESIS;
    ex.events.forEach((_, i) => {
      const digest = contentDigest(fields(i));
      expect(digest.toString('hex')).toBe(ex.digests[i]);
      prev = chainHash(prev, BigInt(i), digest);
      expect(prev.toString('hex')).toBe(ex.hashes[i]);
    });
  });

  it('the documentation shows exactly these bytes', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/audit.md'), 'utf8');
    expect(doc).toContain(`<!-- chain-example:content -->\n\n\`\`\`text\n${ex.firstCanonical}\n\`\`\``);
    ex.hashes.forEach((h, i) =>
      expect(doc).toMatch(new RegExp(`\\| ${i} .*\`${ex.digests[i]}\` \\| \`${h}\` \\|`)),
    );
  });

  it('any change to a covered field or the position changes the hash', () => {
    const base = eventHash(GENESIS, 0n, fields(1));
    const variants = [
      { ...fields(1), streamId: 'complaint-c-2' },
      { ...fields(1), eventId: ex.events[0]!.eventId },
      { ...fields(1), type: 'ComplaintAcknowledgeD' },
      { ...fields(1), schemaVersion: 2 },
      { ...fields(1), data: { complaintId: 'c-2' } },
      { ...fields(1), metadata: { ...ex.events[1]!.metadata, channel: 'email' } },
    ];
    for (const v of variants) expect(eventHash(GENESIS, 0n, v)).not.toEqual(base);
    expect(eventHash(GENESIS, 1n, fields(1))).not.toEqual(base);
    expect(eventHash(Buffer.alloc(32, 1), 0n, fields(1))).not.toEqual(base);
  });
});
