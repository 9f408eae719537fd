import { fork } from 'node:child_process';
import { join } from 'node:path';
import { TEST_SECRET } from './test-api';

export interface ChildApi {
  /** The child's base URL; it accepts tokens signed with TEST_SECRET. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The API in a process of its own (bench/server.ts, run from source) on the database behind
 * `connectionString`, set up with `masterKey`: a second process for tests of what one process
 * cannot show, such as two processes racing for one stream. Read-model workers and process
 * managers are off in it.
 * Starts in about 4 s.
 */
export async function startChildApi(connectionString: string, masterKey: Buffer): Promise<ChildApi> {
  // scripts/ts-child.js runs the sources as jest does (ts-node with swc, @casebook/* -> src).
  const child = fork(
    join(__dirname, '../../../../scripts/ts-child.js'),
    [join(__dirname, '..', 'bench', 'server.ts')],
    {
      env: {
        ...process.env,
        BENCH_DATABASE_URL: connectionString,
        BENCH_SECRET: TEST_SECRET,
        BENCH_MASTER_KEY: masterKey.toString('hex'),
      },
      silent: true,
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { api: string }).api));
    void exited.then(() => reject(new Error(`child API exited before it listened:\n${stderr}`)));
  });
  return {
    url,
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
