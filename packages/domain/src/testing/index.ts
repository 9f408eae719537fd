/** Test kit for users of `@casebook/domain`: given/when/then over any decider, plus fixtures. */
export { specFor, type Given, type WhenResult } from './given';
export { actorId, at, meta } from './fixtures';
export { commandsOf, eventsOf } from './builders';
