import { SINGLE_LINE, textFault } from '@casebook/domain';
import type * as t from 'io-ts';
import { ProblemError, problem } from '../http/problem';

const invalidPath = (name: string, reason: string) =>
  new ProblemError(
    problem(400, 'InvalidInput', `the ${name} in the path is invalid`, { errors: [{ path: name, reason }] }),
  );

/**
 * An id from the path, through its aggregate's id codec before it names a stream or reaches SQL:
 * an id no command could have created is the caller's mistake (400 naming the parameter), not a
 * resource that happens to be missing, and never a driver error (a NUL would be one).
 */
export function pathId<A>(codec: t.Decoder<unknown, A>, id: string, name = 'id'): A {
  const decoded = codec.decode(id);
  if (decoded._tag === 'Right') return decoded.right;
  throw invalidPath(name, decoded.left[0]?.message ?? `expected a ${codec.name}`);
}

/** A path segment that is not an id (a stream id): it must at least be single-line text. */
export function pathText(value: string, name: string): string {
  const fault = textFault(value, SINGLE_LINE);
  if (fault !== undefined) throw invalidPath(name, fault);
  return value;
}
