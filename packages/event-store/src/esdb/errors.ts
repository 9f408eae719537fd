/** No answer to an append within the deadline: it may or may not have been written. */
export class AppendTimeout extends Error {
  readonly code = 'AppendTimeout' as const;
  constructor(
    readonly streamId: string,
    readonly ms: number,
  ) {
    super(`append to ${streamId}: no answer within the ${ms} ms deadline; it may or may not be written`);
    this.name = 'AppendTimeout';
  }
}

/**
 * Thrown when a multi-stream append wrote some streams and then lost a race on another: EventStoreDB
 * has no transaction across streams. Not a WrongExpectedVersion, so the command runner does not
 * decide again (it would write the first streams twice); docs/operations.md says what to do.
 */
export class PartialAppend extends Error {
  readonly code = 'PartialAppend' as const;
  constructor(
    readonly written: readonly string[],
    override readonly cause: Error,
  ) {
    super(`multi-stream append wrote ${written.join(', ')} and then failed: ${cause.message}`);
    this.name = 'PartialAppend';
  }
}
