import { InvalidAppend } from '../errors';
import type { EventStore, EventToAppend } from '../port';
import { anEvent, streamId } from './fixtures';

type Call = (s: EventStore, id: string) => Promise<unknown>;
const append =
  (events: unknown, options?: unknown): Call =>
  (s, id) =>
    s.appendToStream(id, events as EventToAppend[], options as never);
const withData = (data: unknown): Call => append([{ ...anEvent(), data }]);
const circular: Record<string, unknown> = {};
circular.self = circular;

export function badInputContract(store: () => EventStore): void {
  describe('bad input is refused with the field named, and nothing is written', () => {
    const cases: [string, Call, string, RegExp][] = [
      ['an empty event list', append([]), 'events', /at least one/],
      ['an empty stream id', (s) => s.appendToStream('', [anEvent()]), 'streamId', /empty/],
      ['a 201-character stream id', (s) => s.appendToStream('s'.repeat(201), [anEvent()]), 'streamId', /200/],
      [
        'a stream id that is not a string',
        (s) => s.appendToStream(42 as never, [anEvent()]),
        'streamId',
        /string/,
      ],
      ['a function in data', withData({ f: () => 1 }), 'events[0].data.f', /serialisable/],
      ['undefined in data', withData({ u: undefined }), 'events[0].data.u', /serialisable/],
      ['a bigint in data', withData({ n: 1n }), 'events[0].data.n', /serialisable/],
      ['NaN in data', withData([1, NaN]), 'events[0].data[1]', /serialisable/],
      ['a circular object', withData(circular), 'events[0].data.self', /circular/],
      ['a Date in data', withData({ at: new Date() }), 'events[0].data.at', /plain objects/],
      ['a NUL character', withData({ s: 'a\u0000b' }), 'events[0].data.s', /NUL/],
      ['a lone surrogate', withData({ s: 'a\ud800b' }), 'events[0].data.s', /surrogate/],
      ['a lone low surrogate in a key', withData({ ['k\udc00']: 1 }), 'events[0].data.k\udc00', /surrogate/],
      [
        'an event id that is not a UUID',
        append([{ ...anEvent(), eventId: 'x' }]),
        'events[0].eventId',
        /UUID/,
      ],
      [
        'a negative expected version',
        append([anEvent()], { expectedVersion: -1n }),
        'expectedVersion',
        /negative/,
      ],
      [
        'a fractional expected version',
        append([anEvent()], { expectedVersion: 1.5 }),
        'expectedVersion',
        /bigint/,
      ],
      [
        'an unknown expected version',
        append([anEvent()], { expectedVersion: 'latest' }),
        'expectedVersion',
        /bigint/,
      ],
    ];
    it.each(cases)('%s', async (_name, call, field, reason) => {
      const id = streamId('bad');
      const err = await call(store(), id).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvalidAppend);
      expect(err).toMatchObject({ field });
      expect((err as Error).message).toMatch(reason);
      expect((await store().readStream(id)).streamExists).toBe(false);
    });

    it('refuses a bad maxCount on reads', async () => {
      await expect(store().readAll({ maxCount: 0 })).rejects.toMatchObject({ field: 'maxCount' });
      await expect(store().readStream('x', { maxCount: 1.5 })).rejects.toMatchObject({ field: 'maxCount' });
    });
  });
}
