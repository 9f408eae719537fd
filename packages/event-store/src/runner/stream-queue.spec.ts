import { StreamQueue } from './stream-queue';

/** A promise the test settles by hand, to hold work open for as long as it needs. */
const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
};
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('StreamQueue', () => {
  it('runs work on one key one at a time, in arrival order', async () => {
    const queue = new StreamQueue();
    const log: string[] = [];
    let running = 0;
    const work = (i: number) =>
      queue.run(['a'], async () => {
        running++;
        expect(running).toBe(1);
        log.push(`start ${i}`);
        await tick();
        log.push(`end ${i}`);
        running--;
        return i;
      });
    expect(await Promise.all([0, 1, 2, 3].map(work))).toEqual([0, 1, 2, 3]);
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('runs work on other keys alongside', async () => {
    const queue = new StreamQueue();
    const held = gate();
    const a = queue.run(['a'], () => held.opened.then(() => 'a'));
    let bDone = false;
    const b = queue.run(['b'], async () => {
      bDone = true;
      return 'b';
    });
    expect(await b).toBe('b');
    expect(bDone).toBe(true);
    held.open();
    expect(await a).toBe('a');
  });

  it('holds every key of multi-key work, and crossing orders do not deadlock', async () => {
    const queue = new StreamQueue();
    const held = gate();
    const first = queue.run(['complaint-1'], () => held.opened);
    const inside = new Set<string>();
    const log: string[] = [];
    const work = (name: string, keys: string[]) =>
      queue.run(keys, async () => {
        for (const k of keys) expect(inside.has(k)).toBe(false);
        keys.forEach((k) => inside.add(k));
        log.push(name);
        await tick();
        keys.forEach((k) => inside.delete(k));
      });
    // Listed in opposite orders: both take complaint-1 first, so neither holds what the other waits for.
    const both1 = work('both1', ['refund-9', 'complaint-1']);
    const both2 = work('both2', ['complaint-1', 'refund-9']);
    const later = work('complaint', ['complaint-1']);
    await tick();
    expect(log).toEqual([]);
    held.open();
    await Promise.all([first, both1, both2, later]);
    expect(log).toEqual(['both1', 'both2', 'complaint']);
    expect(queue.size).toBe(0);
  });

  it('releases the key when work fails, and the next one runs', async () => {
    const queue = new StreamQueue();
    const failing = queue.run(['a'], () => Promise.reject(new Error('boom')));
    const next = queue.run(['a'], async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('next');
    expect(queue.size).toBe(0);
  });

  it('forgets a key when its last work leaves, so the map holds only keys in flight', async () => {
    const queue = new StreamQueue();
    const held = gate();
    const open = queue.run(['kept'], () => held.opened);
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) => queue.run([`s-${i % 50}`, `t-${i}`], async () => i)),
    );
    expect(queue.size).toBe(1);
    held.open();
    await open;
    expect(queue.size).toBe(0);
  });
});
