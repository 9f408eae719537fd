#!/usr/bin/env node
import { createSimulator } from './simulator';

/**
 * `payment-simulator`: the simulated provider as a process of its own. Settings from the
 * environment: PAYMENTS_SIMULATOR_PORT (default 4100; 0 picks a free one),
 * PAYMENTS_SIMULATOR_CALLBACK_URL, PAYMENTS_SIMULATOR_SECRET (the callback signing secret,
 * casebook's PAYMENTS_CALLBACK_SECRET), PAYMENTS_SIMULATOR_SETTLE_MS (default 200). Prints
 * `payment simulator listening on <url>` once it listens; SIGTERM closes it.
 */
async function main(): Promise<void> {
  const env = process.env;
  const callbackUrl = env.PAYMENTS_SIMULATOR_CALLBACK_URL;
  const secret = env.PAYMENTS_SIMULATOR_SECRET;
  if (callbackUrl === undefined || secret === undefined) {
    console.error('PAYMENTS_SIMULATOR_CALLBACK_URL and PAYMENTS_SIMULATOR_SECRET are required');
    process.exit(2);
  }
  const simulator = createSimulator({
    callbackUrl,
    callbackSecret: secret,
    settleDelayMs: Number(env.PAYMENTS_SIMULATOR_SETTLE_MS ?? 200),
  });
  const port = await simulator.listen(Number(env.PAYMENTS_SIMULATOR_PORT ?? 4100));
  console.log(`payment simulator listening on http://127.0.0.1:${port}`);
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
