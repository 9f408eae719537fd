import * as t from 'io-ts';
import { commandPayload, Label, Money, oneOf, PositiveInt } from '@casebook/domain';
import { toJsonSchema } from './json-schema';

describe('toJsonSchema', () => {
  it('converts the io-ts combinators', () => {
    const codec = t.intersection([
      t.type({ kind: t.literal('a'), tags: t.array(t.string), level: t.keyof({ low: null, high: null }) }),
      t.partial({ note: t.union([t.string, t.null]), n: t.number }),
    ]);
    expect(toJsonSchema(codec)).toEqual({
      allOf: [
        {
          type: 'object',
          properties: {
            kind: { const: 'a' },
            tags: { type: 'array', items: { type: 'string' } },
            level: { type: 'string', enum: ['low', 'high'] },
          },
          required: ['kind', 'tags', 'level'],
          additionalProperties: false,
        },
        {
          type: 'object',
          properties: { note: { anyOf: [{ type: 'string' }, { type: 'null' }] }, n: { type: 'number' } },
          required: [],
          additionalProperties: false,
        },
      ],
    });
  });

  it('reads the domain’s hand-written codecs by asking them: required and optional fields, enums, kinds', () => {
    const codec = commandPayload(
      'Sample',
      { level: oneOf(['low', 'high'], 'Level'), amount: Money },
      { note: Label, count: PositiveInt },
    );
    expect(toJsonSchema(codec)).toMatchObject({
      type: 'object',
      required: ['level', 'amount'],
      additionalProperties: false,
      properties: {
        level: { type: 'string', enum: ['low', 'high'] },
        amount: {
          type: 'object',
          required: ['minor', 'currency'],
          properties: { minor: { type: 'integer' } },
        },
        note: { type: 'string' },
        count: { type: 'integer' },
      },
    });
  });
});
