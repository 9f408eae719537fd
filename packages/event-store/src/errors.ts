import type { ExpectedVersion } from './port';

/**
 * Errors the store throws. Each has a stable `code` so callers (the command runner, the HTTP
 * error filter) can match on it without instanceof across package copies.
 */
export class WrongExpectedVersion extends Error {
  readonly code = 'WrongExpectedVersion' as const;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    /** The stream's last position, or -1n when it does not exist. */
    readonly actual: bigint,
  ) {
    super(`stream ${streamId}: expected version ${String(expected)}, actual ${actual}`);
    this.name = 'WrongExpectedVersion';
  }
}

/** Bad input to the store: names the field and the reason. Nothing was written. */
export class InvalidAppend extends Error {
  readonly code = 'InvalidAppend' as const;
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InvalidAppend';
  }
}

/** An event id already stored with other content (or in another stream): not a retry. */
export class EventIdConflict extends Error {
  readonly code = 'EventIdConflict' as const;
  constructor(
    readonly eventId: string,
    readonly reason: string,
  ) {
    super(`event ${eventId}: ${reason}`);
    this.name = 'EventIdConflict';
  }
}

export const isWrongExpectedVersion = (e: unknown): e is WrongExpectedVersion =>
  e instanceof Error && (e as { code?: unknown }).code === 'WrongExpectedVersion';
