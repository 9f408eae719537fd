import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** A casebook process started from the sources (scripts/ts-child.js), its output kept for waits. */
export interface Child {
  readonly name: string;
  readonly proc: ChildProcess;
  /** Everything it wrote, stdout and stderr interleaved. */
  output(): string;
  /** Resolves when its output matches `pattern` (after `from`, an offset into `output()`). */
  waitFor(pattern: RegExp, ms?: number, from?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function startChild(name: string, entry: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, [join(ROOT, 'scripts/ts-child.js'), join(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  proc.stdout.on('data', (d: Buffer) => (text += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    name,
    proc,
    output: () => text,
    async waitFor(pattern, ms = 30_000, from = 0) {
      const deadline = Date.now() + ms;
      while (!pattern.test(text.slice(from))) {
        if (proc.exitCode !== null) throw new Error(`${name} exited (${proc.exitCode}):\n${text}`);
        if (Date.now() > deadline) throw new Error(`${name}: no ${pattern} in ${ms} ms:\n${text}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async kill(signal = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
