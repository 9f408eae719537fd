import type * as E from 'fp-ts/Either';
import type { DomainError } from './errors';

/**
 * The Decider (after Jérémie Chassaing and Emmett): a pure `decide`, a pure `evolve` and the
 * state before the first event. `Ctx` is what the command runner reads from other streams for the
 * few commands whose rules span streams; commands that need none ignore it.
 */
export interface Decider<C, Ev, S, Ctx = undefined, Err extends DomainError = DomainError> {
  readonly decide: (command: C, state: S, context?: Ctx) => E.Either<Err, ReadonlyArray<Ev>>;
  readonly evolve: (state: S, event: Ev) => S;
  readonly initialState: S;
}

/** Folds events into state, as the command runner and auditors do. */
export const fold = <S, Ev>(
  evolve: (state: S, event: Ev) => S,
  initialState: S,
  events: ReadonlyArray<Ev>,
): S => events.reduce(evolve, initialState);
