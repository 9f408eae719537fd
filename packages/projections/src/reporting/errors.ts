/**
 * A report query the caller got wrong: the API maps it to HTTP 400 with `field` and `reason`.
 * Thrown rather than returned because it is checked before any SQL runs, at the edge where the
 * report functions meet the HTTP layer, and because a query that reached the database with a bad
 * argument would be a bug in this module, not a business outcome.
 */
export class InvalidReportQuery extends Error {
  readonly _tag = 'InvalidReportQuery' as const;

  constructor(
    /** The argument at fault, by its name in the query object (`from`, `groupBy[1]`, ...). */
    readonly field: string,
    /** Why, in words an API client can act on. */
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InvalidReportQuery';
  }
}
