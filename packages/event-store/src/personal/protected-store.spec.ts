import { randomUUID } from 'node:crypto';
import { verifyStream } from '../chain/verify';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import type { EventToAppend, Json } from '../port';
import { meta, take } from '../testing/fixtures';
import { InMemoryKeyring, SubjectErased } from './keyring';
import { PersonalDataStore, storedForm } from './protected-store';
import { isSealed } from './seal';
import { testPolicy } from './testing-policy';

const event = (type: string, data: Json): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: meta(),
});
const registered = (customerId: string) =>
  event('Registered', {
    customerId,
    name: 'Ann Smith',
    email: 'ann@example.com',
    address: { line1: '1 High St', city: 'Leeds' },
    plan: 'gold',
  });

describe('PersonalDataStore: personal fields sealed on append, opened on read', () => {
  let inner: InMemoryEventStore;
  let keyring: InMemoryKeyring;
  let store: PersonalDataStore;
  beforeEach(() => {
    inner = new InMemoryEventStore();
    keyring = new InMemoryKeyring();
    store = new PersonalDataStore(inner, keyring, testPolicy);
  });

  it('stores only ciphertext for the listed fields and gives readers the values back', async () => {
    await store.appendToStream('customer-c1', [registered('c1')]);
    const [stored] = (await inner.readStream('customer-c1')).events;
    const raw = JSON.stringify(stored!.data);
    expect(raw).not.toMatch(/Ann|ann@example|High St|Leeds/);
    expect(stored!.data).toMatchObject({ customerId: 'c1', plan: 'gold' });
    expect(isSealed((stored!.data as Record<string, Json>).name)).toBe(true);
    const [read] = (await store.readStream('customer-c1')).events;
    expect(read!.data).toEqual({
      customerId: 'c1',
      name: 'Ann Smith',
      email: 'ann@example.com',
      address: { line1: '1 High St', city: 'Leeds' },
      plan: 'gold',
    });
    expect(read!.hash).toBe(stored!.hash);
  });

  it('finds the subject of an event that names none in the stream, or earlier in the same append', async () => {
    await store.appendToStream('interaction-i1', [event('Started', { customerId: 'c2' })]);
    await store.appendToStream('interaction-i1', [event('Ended', { summary: 'asked about fees' })]);
    await store.appendToStreams([
      {
        streamId: 'interaction-i2',
        events: [event('Started', { customerId: 'c3' }), event('Ended', { summary: 'hung up' })],
      },
    ]);
    const sealedOf = async (s: string) => {
      const summary = ((await inner.readStream(s)).events[1]!.data as Record<string, Json>).summary;
      return isSealed(summary) ? summary.$pii.s : undefined;
    };
    expect(await sealedOf('interaction-i1')).toBe('c2');
    expect(await sealedOf('interaction-i2')).toBe('c3');
    expect((await store.readAll()).events.map((e) => e.data)).toContainEqual({ summary: 'hung up' });
    await expect(store.appendToStream('interaction-i3', [event('Ended', { summary: 'x' })])).rejects.toThrow(
      /names no data subject/,
    );
  });

  it('shows erased fields once the key is destroyed, refuses new personal data, and the chain still verifies', async () => {
    await store.appendToStream('customer-c4', [registered('c4')]);
    await store.appendToStream('interaction-i4', [
      event('Started', { customerId: 'c4' }),
      event('Ended', { summary: 'complained' }),
    ]);
    await keyring.destroy('c4');
    const [customer] = (await store.readStream('customer-c4')).events;
    expect(customer!.data).toEqual({
      customerId: 'c4',
      name: '[erased]',
      email: '[erased]',
      address: '[erased]',
      plan: 'gold',
    });
    expect((await store.readStream('interaction-i4')).events[1]!.data).toEqual({ summary: '[erased]' });
    await expect(store.appendToStream('customer-c4', [registered('c4')])).rejects.toBeInstanceOf(
      SubjectErased,
    );
    // Events without personal data still append for an erased subject.
    await store.appendToStream('customer-c4', [event('Noted', { customerId: 'c4' })]);
    expect(await verifyStream(storedForm(store), 'customer-c4')).toMatchObject({ ok: true, events: 2 });
    expect(await verifyStream(storedForm(store), 'interaction-i4')).toMatchObject({ ok: true });
  });

  it('seals a retried append to the same bytes, so the store answers it as a replay', async () => {
    const e = registered('c5');
    await store.appendToStream('customer-c5', [e]);
    await store.appendToStream('customer-c5', [e]);
    expect((await inner.readStream('customer-c5')).events).toHaveLength(1);
  });

  it('refuses to open a ciphertext that was altered or moved to another event', async () => {
    const a = registered('c6');
    const b = registered('c6');
    await store.appendToStream('customer-c6', [a, b]);
    const stored = (await inner.readStream('customer-c6')).events;
    const moved = {
      ...stored[1]!,
      data: {
        ...(stored[1]!.data as Record<string, Json>),
        name: (stored[0]!.data as Record<string, Json>).name!,
      },
    };
    await expect(store.reveal([moved])).rejects.toThrow(/customer-c6@1: the sealed name does not open/);
  });

  it('opens events on subscriptions too', async () => {
    await store.appendToStream('customer-c7', [registered('c7')]);
    const sub = store.subscribeToAll();
    const [e] = await take(sub, 1);
    await sub.unsubscribe();
    expect(e!.data).toMatchObject({ name: 'Ann Smith' });
  });

  it('leaves events outside the policy, and plaintext written before sealing, as they are', async () => {
    await inner.appendToStream('customer-c8', [registered('c8')]);
    await store.appendToStream('other-1', [event('Thing', { name: 'not personal here' })]);
    expect((await store.readStream('customer-c8')).events[0]!.data).toMatchObject({ name: 'Ann Smith' });
    expect((await inner.readStream('other-1')).events[0]!.data).toEqual({ name: 'not personal here' });
  });
});
