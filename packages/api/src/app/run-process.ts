import * as E from 'fp-ts/Either';
import { decodeSettings, type Settings, settingsReport } from '../settings/decode';

/** A started process: how it says what it is doing, and how it finishes its work in flight. */
export interface Running {
  readonly log: (message: string, error?: unknown) => void;
  /** What stopping waits for, as the log says it ("in-flight requests"). */
  readonly inFlight: string;
  close(): Promise<void>;
}

/**
 * The life of `pnpm start` and `pnpm worker`: every setting decoded from the environment first
 * (a wrong one is the operator's to fix: the list, no stack trace), then `start`; on SIGTERM or
 * SIGINT the process finishes its work in flight once, closes, and exits.
 */
export function runProcess(start: (settings: Settings) => Promise<Running>): void {
  const settings = decodeSettings(process.env);
  if (E.isLeft(settings)) {
    console.error(settingsReport(settings.left));
    process.exit(1);
  }
  start(settings.right)
    .then((running) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        running.log(`${signal}: finishing ${running.inFlight}`);
        running
          .close()
          .then(() => process.exit(0))
          .catch((e: unknown) => {
            running.log('closing failed', e);
            process.exit(1);
          });
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
