// Who may use the admin API and the pairing page: whoever presents ADMIN_TOKEN, as a bearer token
// (scripts, the API) or as the password of HTTP Basic auth (a browser, for the pairing page).
// Without ADMIN_TOKEN configured every admin route answers 401: there is no open default.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface AdminAuthOptions {
  token: string | undefined;
  /** Ask the browser for a password (Basic auth) instead of answering a bare 401. */
  browser?: boolean;
}

function sameSecret(given: string, expected: string): boolean {
  // Hashing first makes the comparison constant-time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The secret a request presents: the bearer token, or the Basic auth password. */
export function presentedSecret(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value] = header.trim().split(/\s+/, 2);
  if (!scheme || !value) return undefined;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/** A fastify onRequest hook that lets only holders of the admin token through. */
export function requireAdmin(options: AdminAuthOptions) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const secret = presentedSecret(request.headers.authorization);
    if (options.token !== undefined && secret !== undefined && sameSecret(secret, options.token)) return;
    if (options.browser) reply.header('www-authenticate', 'Basic realm="Loket admin", charset="UTF-8"');
    const error = options.token === undefined ? 'admin access is disabled: set ADMIN_TOKEN' : 'missing or wrong admin token';
    await reply.code(401).send({ error });
  };
}
