import type { EventCodecLike } from '@casebook/event-store';

/** How to read one aggregate's current state from its stream, for `GET /<resource>/{id}`. */
export interface AggregateView<S = unknown, Ev = unknown> {
  readonly resource: string;
  readonly streamId: (id: string) => string;
  readonly decider: { readonly evolve: (state: S, event: Ev) => S; readonly initialState: S };
  readonly codec: EventCodecLike<Ev>;
  /** Roles that may read it (every role, unless narrower). */
  readonly toJson?: (state: S) => unknown;
}

/** Keeps a view's type parameters tied while storing it among others. */
export const view = <S, Ev>(v: AggregateView<S, Ev>): AggregateView => v as unknown as AggregateView;
