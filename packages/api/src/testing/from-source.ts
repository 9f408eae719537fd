import Module from 'node:module';
import { join } from 'node:path';

/**
 * Loaded with `-r` into a child process that runs the API from its TypeScript sources (after
 * ts-node's hook): sends `@casebook/<package>` to `packages/<package>/src`, as jest's
 * moduleNameMapper does, so a child API needs no build first.
 */
const packages = join(__dirname, '..', '..', '..');
const resolver = Module as unknown as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
};
const resolve = resolver._resolveFilename;
resolver._resolveFilename = (request, ...rest) => {
  const m = /^@casebook\/([a-z-]+)(\/testing)?$/.exec(request);
  const mapped = m ? join(packages, m[1]!, 'src', m[2] ? 'testing' : '', 'index.ts') : request;
  return resolve.call(resolver, mapped, ...rest);
};
