// Who may use the admin API and the pairing page: whoever presents ADMIN_TOKEN, as a bearer token
// (scripts, the API) or as the password of HTTP Basic auth (a browser, for the pairing page).
// Without ADMIN_TOKEN configured every admin route answers 401: there is no open default.
// The locked simulator (SIM_TOKEN) is guarded the same way, by `requireSecret`.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.js';

export interface AdminAuthOptions {
  token: string | undefined;
  /** Ask the browser for a password (Basic auth) instead of answering a bare 401. */
  browser?: boolean;
}

export interface SecretOptions {
  /** The secret; undefined refuses everyone with `disabledDetail`. */
  token: string | undefined;
  /** The protection space named in the challenge ("Loket admin"). */
  realm: string;
  /** Basic (a browser asks for a password) or Bearer (an API client): per request. */
  challenge: (request: FastifyRequest) => 'basic' | 'bearer';
  wrongDetail: string;
  disabledDetail: string;
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

/** A fastify onRequest hook that lets only holders of the secret through; others get a 401 problem with a challenge. */
export function requireSecret(options: SecretOptions) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const secret = presentedSecret(request.headers.authorization);
    if (options.token !== undefined && secret !== undefined && sameSecret(secret, options.token)) return;
    const challenge = options.challenge(request) === 'basic'
      ? `Basic realm="${options.realm}", charset="UTF-8"`
      : `Bearer realm="${options.realm}"`;
    reply.header('www-authenticate', challenge);
    const detail = options.token === undefined ? options.disabledDetail : options.wrongDetail;
    // `error` as before problem details, for clients written against it.
    await sendProblem(reply, 'unauthorized', detail, { error: detail });
  };
}

/** A fastify onRequest hook that lets only holders of the admin token through. */
export function requireAdmin(options: AdminAuthOptions) {
  return requireSecret({
    token: options.token,
    realm: 'Loket admin',
    challenge: () => (options.browser ? 'basic' : 'bearer'),
    wrongDetail: 'missing or wrong admin token',
    disabledDetail: 'admin access is disabled: set ADMIN_TOKEN',
  });
}
