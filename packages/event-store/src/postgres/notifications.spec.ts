import type { Pool } from 'pg';
import { AppendSignal } from '../subscription';
import { Notifications } from './notifications';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('NOTIFY after commits', () => {
  it('sends one NOTIFY for a burst of commits, and one more for the commits after it was sent', async () => {
    let sent = 0;
    const pool = { query: () => (sent++, tick(1)) } as unknown as Pool;
    const n = new Notifications(pool, new AppendSignal());
    for (let i = 0; i < 50; i++) n.afterCommit();
    await tick(30);
    expect(sent).toBe(2);
    n.afterCommit();
    await tick(30);
    expect(sent).toBe(3);
    await n.close();
  });
});
