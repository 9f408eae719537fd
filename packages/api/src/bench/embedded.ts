import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../auth/jwt';
import { freePort } from '../testing/processes';
import { peakRate } from './lifecycle';
import { numberArg, rssMb, soakLoad } from './soak-load';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `pnpm bench embedded [--json] [--seconds N] [--rate R]`: the embedded default's memory. Starts
 * what `pnpm start` runs (`node packages/api/dist/main.js`) with no DATABASE_URL, so PGlite in a
 * fresh temporary CASEBOOK_DATA_DIR, and reads the process's RSS from /proc: the highest in the
 * first 40 s (a fresh directory's start-up holds some 400 MB until the first full collection,
 * 20-35 s in) and at rest at 40 s; the highest seen (sampled every second) under a 10 s closed-loop peak of complaint
 * lifecycles (bench/lifecycle.ts) and then the same mix paced at R/s (default: half that peak) for
 * N seconds (default 60); and 15 s after the load stops.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const seconds = numberArg(argv, '--seconds', 60);
  const dataDir = mkdtempSync(join(tmpdir(), 'casebook-embedded-'));
  const secret = randomBytes(32).toString('hex');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CASEBOOK_DATA_DIR: dataDir,
    PORT: String(port),
    AUTH_JWT_SECRET: secret,
  };
  delete env.DATABASE_URL;
  const root = join(__dirname, '../../../..');
  const proc = spawn(process.execPath, [join(root, 'packages/api/dist/main.js')], {
    // One token drives the whole mix: the per-caller limit would hold it at 100/s.
    env: { ...env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', CASEBOOK_RATE_LIMIT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(proc.pid!))), 1000);
  try {
    await started(proc);
    const base = `http://127.0.0.1:${port}`;
    await sleep(40_000);
    const startupMb = peakMb;
    const restMb = rssMb(proc.pid!);
    peakMb = 0;
    const token = signToken({ sub: 'bench-agent', roles: ['agent'] }, secret, 24 * 3600);
    const peak = await peakRate(base, token, 10);
    const rate = numberArg(argv, '--rate', 0) || Math.max(1, Math.floor(peak / 2));
    const rows: Record<string, unknown>[] = [];
    await soakLoad({
      base,
      token,
      rate,
      seconds,
      periodSeconds: seconds < 120 ? 10 : 60,
      onPeriod: async (p) => {
        const row = { case: 'embedded-period', ...p, rssMb: rssMb(proc.pid!) };
        rows.push(row);
        if (json) console.log(JSON.stringify(row));
      },
    });
    const endMb = rssMb(proc.pid!);
    await sleep(15_000);
    const summary = {
      case: 'embedded',
      peakPerSecond: Math.round(peak),
      targetPerSecond: rate,
      seconds,
      rssStartupMb: startupMb,
      rssRestMb: restMb,
      rssPeakMb: Math.max(peakMb, endMb),
      rssEndOfLoadMb: endMb,
      rssAfterMb: rssMb(proc.pid!),
    };
    if (json) console.log(JSON.stringify(summary));
    else console.table([...rows, summary]);
  } finally {
    clearInterval(sampler);
    proc.kill('SIGTERM');
    await new Promise((resolve) => proc.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Resolves when the server prints its URL. */
const started = (proc: ReturnType<typeof spawn>) =>
  new Promise<void>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('casebook API on')) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`pnpm start exited with ${code}:\n${out}`)));
  });
