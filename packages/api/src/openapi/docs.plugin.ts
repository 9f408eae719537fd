import fastifySwagger, { type StaticDocumentSpec } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { JsonSchema } from './json-schema';

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="140" height="40"><text x="0" y="29" fill="#fff" ' +
  'font-family="sans-serif" font-size="26" font-weight="bold">casebook</text></svg>';

/**
 * Swagger UI at /docs, served from the files of the `@fastify/swagger-ui` package (nothing from the
 * internet), fed with the document /openapi.json serves. Registered on Fastify beside Nest, so
 * the page is public like /openapi.json; the Authorize button fills in the bearer token.
 *
 * It sets no Content-Security-Policy of its own: the API-wide one (limits/security-headers.ts)
 * is what the page needs, as its browser test proves. No inline script (the start-up code is
 * the file /docs/static/swagger-initializer.js); inline styles (Swagger UI writes `style`
 * attributes); `data:` images (icons, the logo); "try it" requests to this origin only.
 */
export async function registerDocs(app: NestFastifyApplication, document: JsonSchema): Promise<void> {
  await app.register(fastifySwagger, {
    mode: 'static',
    specification: { document: openApiDocumentOf(document) },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    // Our name rather than the plugin's Fastify logo; no validator badge (it calls validator.swagger.io).
    logo: { type: 'image/svg+xml', content: LOGO },
    validatorUrl: false,
    uiConfig: { deepLinking: true, displayRequestDuration: true, tryItOutEnabled: false },
  });
}

type PluginDocument = StaticDocumentSpec['document'];

/** The plugin's types know OpenAPI 2.0 and 3.0; it serves a 3.1 document as it is, after this check. */
function openApiDocumentOf(document: JsonSchema): JsonSchema & PluginDocument {
  const isDocument = (d: JsonSchema): d is JsonSchema & PluginDocument =>
    typeof d.openapi === 'string' && typeof d.info === 'object' && typeof d.paths === 'object';
  if (!isDocument(document)) throw new Error('/docs needs an OpenAPI document (openapi, info, paths)');
  return document;
}
