import * as assert from 'node:assert/strict';
import type * as E from 'fp-ts/Either';
import { fold, type Decider } from '../shared/decider';
import type { DomainError } from '../shared/errors';

/** The outcome of `given(...).when(...)`, to be checked with `then` or `thenFails`. */
export interface WhenResult<Ev, Err extends DomainError> {
  /** The raw decision, for checks the helpers do not cover. */
  readonly result: E.Either<Err, ReadonlyArray<Ev>>;
  /** Asserts that the command succeeded with exactly `expected`; returns them. */
  readonly then: (expected: ReadonlyArray<Ev>) => ReadonlyArray<Ev>;
  /** Asserts that the command succeeded and recorded nothing (an idempotent no-op). */
  readonly thenNothingHappens: () => void;
  /** Asserts that the command was refused with `tag`; returns the error for further checks. */
  readonly thenFails: (tag: Err['_tag']) => Err;
}

export interface Given<C, Ev, Ctx, Err extends DomainError> {
  readonly when: (command: C, context?: Ctx) => WhenResult<Ev, Err>;
}

const show = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * Binds the given/when/then kit to a decider:
 * `const { given } = specFor(complaintDecider); given(events).when(command).then(events)`.
 * Assertions use `node:assert`, so the kit works under any test runner.
 */
export const specFor = <C, Ev, S, Ctx, Err extends DomainError>(decider: Decider<C, Ev, S, Ctx, Err>) => ({
  given: (events: ReadonlyArray<Ev>): Given<C, Ev, Ctx, Err> => ({
    when: (command: C, context?: Ctx): WhenResult<Ev, Err> => {
      const result = decider.decide(command, fold(decider.evolve, decider.initialState, events), context);
      const then = (expected: ReadonlyArray<Ev>): ReadonlyArray<Ev> => {
        if (result._tag === 'Left')
          assert.fail(`expected events but the command failed: ${show(result.left)}`);
        assert.deepStrictEqual(result.right, expected);
        return result.right;
      };
      return {
        result,
        then,
        thenNothingHappens: () => void then([]),
        thenFails: (tag) => {
          if (result._tag === 'Right')
            assert.fail(`expected ${tag} but the command produced ${show(result.right)}`);
          assert.equal(result.left._tag, tag, `expected ${tag}, got ${show(result.left)}`);
          return result.left;
        },
      };
    },
  }),
});
