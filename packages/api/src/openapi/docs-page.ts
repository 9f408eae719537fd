import type { JsonSchema } from './json-schema';

const esc = (s: unknown) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

type Operation = {
  summary?: string;
  description?: string;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses?: Record<string, unknown>;
};

/**
 * A self-contained page (no scripts, nothing fetched from the network, so it works offline): every
 * operation with its summary, roles, request schema and statuses, rendered from the document.
 */
export function docsPage(doc: JsonSchema): string {
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const schema = op.requestBody?.content['application/json']?.schema;
      return `<details><summary><code class="m ${method}">${method.toUpperCase()}</code> <code>${esc(path)}</code> ${esc(op.summary ?? '')}</summary>
<p>${esc(op.description ?? '')}</p><p>Statuses: ${esc(Object.keys(op.responses ?? {}).join(', '))}</p>
${schema ? `<pre>${esc(JSON.stringify(schema, null, 2))}</pre>` : ''}</details>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>casebook API</title>
<style>body{font:15px system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em}details{border-bottom:1px solid #ddd;padding:.4em 0}
pre{background:#f6f6f6;padding:.6em;overflow:auto;font-size:13px}.m{display:inline-block;width:4em;font-weight:bold}.post{color:#06c}.get{color:#080}</style>
</head><body><h1>casebook API</h1><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are
<code>application/problem+json</code>. Every route but health and this page needs <code>Authorization: Bearer &lt;JWT&gt;</code>.</p>
${ops.join('\n')}</body></html>`;
}
