import { Pool } from 'pg';
import { AppendSignal } from '../subscription';
import { onRealPostgres, openTestDatabase } from '../testing/test-database';
import { Notifications } from './notifications';

const describePg = onRealPostgres() ? describe : describe.skip;

describePg('cross-process wake-ups (LISTEN/NOTIFY, real PostgreSQL only)', () => {
  it('wakes a listener in another pool after a commit', async () => {
    const db = await openTestDatabase({ poolSize: 2 });
    const other = new Pool({ connectionString: db.connectionString, max: 1 });
    const signal = new AppendSignal();
    const listener = new Notifications(other, signal);
    try {
      await listener.listen();
      const woken = signal.wait(10_000, new AbortController().signal).then(() => 'woken');
      new Notifications(db.pool, new AppendSignal()).afterCommit();
      const first = await Promise.race([woken, new Promise((r) => setTimeout(() => r('timeout'), 5_000))]);
      expect(first).toBe('woken');
    } finally {
      await listener.close();
      await other.end();
      await db.close();
    }
  });

  it('forgets a listener that could not connect, so the next subscription tries again', async () => {
    const unreachable = new Pool({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 500 });
    const n = new Notifications(unreachable, new AppendSignal());
    await expect(n.listen()).rejects.toThrow();
    expect(n.listening).toBe(false);
    await n.close();
    await unreachable.end();
  });
});
