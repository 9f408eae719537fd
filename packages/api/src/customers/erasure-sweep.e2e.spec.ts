import { InMemoryKeyring, type Keyring } from '@casebook/event-store';
import { startTestApi, type TestApi } from '../testing';
import { post, untilReadable } from '../testing/fixtures';
import { ErasureSweep } from './erasure-sweep';

/**
 * An erasure whose key destruction failed after `CustomerPiiErased` was appended: a retry with
 * the same `Idempotency-Key` replays the first answer without running the command, so only the
 * sweep destroys the key.
 */
class FailingOnceKeyring extends InMemoryKeyring implements Keyring {
  failures = 0;
  private failNext = false;
  /** Every destruction fails until `unblock`: the database stays away a while. */
  blocked = false;

  armFailure(): void {
    this.failNext = true;
  }

  override destroy(subject: string): Promise<void> {
    if (this.failNext || this.blocked) {
      this.failNext = false;
      this.failures += 1;
      return Promise.reject(new Error('connection terminated while destroying the key'));
    }
    return super.destroy(subject);
  }
}

const erasure = { reason: 'customer asked to be forgotten', legalBasis: 'consent_withdrawn' };

async function erasedWithFailedDestroy(api: TestApi, keyring: FailingOnceKeyring, customerId: string) {
  const created = await post(
    api,
    '/customers',
    { customerId, name: 'Ann Smith', email: 'ann@example.com' },
    api.auth('agent'),
  );
  expect(created.status).toBe(201);
  const failuresBefore = keyring.failures;
  keyring.armFailure();
  const headers = { ...api.auth('admin', 'ada'), 'idempotency-key': `erase-${customerId}` };
  const first = await post(api, `/customers/${customerId}/erasure`, erasure, headers);
  expect(first.status).toBeGreaterThanOrEqual(500);
  expect(keyring.failures).toBe(failuresBefore + 1);
  const retried = await post(api, `/customers/${customerId}/erasure`, erasure, headers);
  expect(retried.status).toBe(200);
  await untilReadable(api, `customer-${customerId}`);
}

/** The name as recorded at registration, as every reader of the log (history, exports, workers) sees it. */
const nameOf = async (api: TestApi, customerId: string) =>
  ((await api.store.readStream(`customer-${customerId}`)).events[0]!.data as { name: string }).name;

describe('the erasure sweep', () => {
  let api: TestApi;
  const keyring = new FailingOnceKeyring();
  beforeAll(async () => {
    api = await startTestApi({ keyring, erasureSweep: false });
  });
  afterAll(() => api.close());

  it('destroys the key an erasure left behind, which a replayed retry did not', async () => {
    await erasedWithFailedDestroy(api, keyring, 'cust-sweep-1');
    // The gap the sweep closes: the replayed answer said erased, the key was still there.
    expect((await keyring.keysOf(['cust-sweep-1'])).get('cust-sweep-1')).toBeInstanceOf(Buffer);
    expect(await nameOf(api, 'cust-sweep-1')).toBe('Ann Smith');

    expect(await api.app.get(ErasureSweep).sweep()).toBe(1);
    expect((await keyring.keysOf(['cust-sweep-1'])).get('cust-sweep-1')).toBe('destroyed');
    expect(await nameOf(api, 'cust-sweep-1')).toBe('[erased]');
    // Nothing left to do, and keys already destroyed are not destroyed again.
    expect(await api.app.get(ErasureSweep).sweep()).toBe(0);
  });

  it('reads only from where the last sweep ended, and a failed sweep starts there again', async () => {
    await erasedWithFailedDestroy(api, keyring, 'cust-sweep-2');
    keyring.armFailure();
    await expect(api.app.get(ErasureSweep).sweep()).rejects.toThrow(/destroying the key/);
    expect(await nameOf(api, 'cust-sweep-2')).toBe('Ann Smith');
    expect(await api.app.get(ErasureSweep).sweep()).toBe(1);
    expect(await nameOf(api, 'cust-sweep-2')).toBe('[erased]');
  });
});

describe('the erasure sweep on its schedule', () => {
  it('runs by itself: the key is gone within a few sweeps once destroying works again', async () => {
    const keyring = new FailingOnceKeyring();
    const api = await startTestApi({ keyring, erasureSweep: { everyMs: 50 } });
    try {
      const customerId = 'cust-sweep-3';
      const body = { customerId, name: 'Ann Smith', email: 'ann@example.com' };
      expect((await post(api, '/customers', body, api.auth('agent'))).status).toBe(201);
      // The handler's destruction and every sweep's fail while blocked: none can win a race.
      keyring.blocked = true;
      const headers = { ...api.auth('admin', 'ada'), 'idempotency-key': `erase-${customerId}` };
      expect(
        (await post(api, `/customers/${customerId}/erasure`, erasure, headers)).status,
      ).toBeGreaterThanOrEqual(500);
      expect((await post(api, `/customers/${customerId}/erasure`, erasure, headers)).status).toBe(200);
      expect((await keyring.keysOf([customerId])).get(customerId)).toBeInstanceOf(Buffer);
      keyring.blocked = false;
      const deadline = Date.now() + 10_000;
      while ((await keyring.keysOf([customerId])).get(customerId) !== 'destroyed') {
        if (Date.now() > deadline) throw new Error('the sweep did not destroy the key within 10 s');
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await nameOf(api, customerId)).toBe('[erased]');
    } finally {
      await api.close();
    }
  });
});
