import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The Content-Security-Policy every response carries. Tight for a JSON API, loose enough for the
 * `/docs` page served from this origin: scripts and styles from here only (the inline `style`
 * attributes an API browser writes need 'unsafe-inline' for styles, never for scripts), images
 * from here or inline `data:` icons, requests ("try it") to this origin. No frames, no plugins,
 * no form posts elsewhere.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

/** helmet's headers (CSP, nosniff, HSTS, frame and referrer policies) on every response. */
export async function secureHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
}
