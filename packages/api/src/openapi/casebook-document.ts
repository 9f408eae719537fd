import { COMMAND_ROUTES, READ_ROUTES } from '../resources';
import type { JsonSchema } from './json-schema';
import { openApiDocument } from './openapi.document';

/**
 * casebook's own OpenAPI document, exactly as `/openapi.json` serves it. Built without a server, so
 * `@casebook/client` can generate its types from the code.
 */
export function casebookDocument(): JsonSchema {
  return openApiDocument(COMMAND_ROUTES, READ_ROUTES);
}
