import { randomUUID } from 'node:crypto';

/** One command of a complaint's life: the path under the complaint (none for filing) and its body. */
const STEPS: ReadonlyArray<{ readonly action?: string; readonly body: (n: number) => unknown }> = [
  {
    body: (n) => ({
      customerId: `cust-${n}`,
      channel: 'phone',
      category: 'billing',
      description: 'Charged twice',
      amountPaid: { minor: 10_000, currency: 'GBP' },
      priority: 'medium',
      regime: 'FCA_DISP',
    }),
  },
  { action: 'acknowledge', body: () => ({}) },
  { action: 'assign', body: () => ({ ownerId: 'bench-agent', team: 'billing' }) },
  {
    action: 'notify-customer',
    body: (n) => ({ notificationId: `n-${n}`, kind: 'progress', message: 'On it' }),
  },
  {
    action: 'final-response',
    body: () => ({ outcome: 'upheld', referralRightsStated: true, message: 'Sorry' }),
  },
  { action: 'root-cause', body: () => ({ category: 'billing', description: 'double charge' }) },
  { action: 'resolve', body: () => ({ resolution: 'refunded' }) },
  { action: 'close', body: () => ({}) },
];

export const LIFECYCLE_LENGTH = STEPS.length;

export interface LifecycleCall {
  readonly path: string;
  readonly init: RequestInit;
  /** Call with the answer's status and body: schedules the complaint's next command. */
  readonly done: (status: number, body: unknown) => void;
}

/**
 * Complaint lifecycles as a stream of commands: file, acknowledge, assign, notify, final response,
 * root cause, resolve, close. A complaint's next command is ready once the previous one answered;
 * `next()` sends a ready one, or files a new complaint when none is ready, so the mix settles at one
 * filing per eight commands and never sends two commands for one complaint at once. Every command
 * carries a fresh Idempotency-Key. A complaint whose command fails is dropped.
 */
export function lifecycles(token: string) {
  const ready: { id: string; step: number }[] = [];
  let n = 0;
  return (): LifecycleCall => {
    const job = ready.shift() ?? { id: '', step: 0 };
    const step = STEPS[job.step]!;
    const i = n++;
    return {
      path: step.action ? `/complaints/${job.id}/${step.action}` : '/complaints',
      init: {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(step.body(i)),
      },
      done(status, body) {
        if (status >= 300 || job.step + 1 >= STEPS.length) return;
        const id = job.step === 0 ? (body as { id: string }).id : job.id;
        ready.push({ id, step: job.step + 1 });
      },
    };
  };
}

/** Sends one call and reports its status and latency in milliseconds (status 0: no answer). */
export async function send(base: string, call: LifecycleCall): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${base}${call.path}`, call.init);
    const body: unknown = await res.json().catch(() => undefined);
    call.done(res.status, body);
    return { status: res.status, ms: performance.now() - t0 };
  } catch {
    return { status: 0, ms: performance.now() - t0 };
  }
}

/** Closed loop: `connections` callers, each sending the next command as soon as one answers. */
export async function peakRate(base: string, token: string, seconds: number, connections = 16) {
  const next = lifecycles(token);
  const until = performance.now() + seconds * 1000;
  let ok = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) if ((await send(base, next())).status < 300) ok++;
    }),
  );
  return ok / seconds;
}
