// The HTTP face of Loket: health, metrics, the simulator, and (when configured) the admin API.
// Hardened for an open port: a Host allowlist (DNS rebinding), security headers on every answer,
// a rate limit on the admin, pairing and simulator routes, small bodies except where media travel,
// a request timeout, and errors as problem details that echo nothing of the request. docs/http.md
// describes all of it for clients.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from 'fastify';
import type { RedisClient } from '../../workers/platform/redis-client.js';
import type { Config } from '../platform/config.js';
import type { Logger } from '../../workers/platform/logger.js';
import type { TransportStatus } from '../transport/types.js';
import type { SimTransport } from '../transport/sim/transport.js';
import type { DepthSources, Metrics } from './metrics.js';
import { HttpProblem, notFoundHandler, problemErrorHandler, sendProblem } from './problem.js';
import { MAX_WAIT_MS, simPlugin } from './sim.js';

export interface HttpOptions {
  /** Host names (lower case, no port) the server answers to; ALLOWED_HOSTS. */
  allowedHosts: readonly string[];
  /** HTTP_REQUEST_TIMEOUT_MS: to receive a request, and again to answer it. */
  requestTimeoutMs: number;
  /** HTTP_RATE_LIMIT_PER_MINUTE, per client address, over the admin, pairing and locked simulator routes together. */
  rateLimitPerMinute: number;
  /** MEDIA_MAX_BYTES: sets the body limit of /sim/inbound. */
  mediaMaxBytes: number;
  /** SIM_TOKEN: locks the simulator (its routes then want the token, and are rate limited). */
  simToken?: string;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = Object.freeze({
  allowedHosts: Object.freeze(['localhost', '127.0.0.1']),
  requestTimeoutMs: 60_000,
  rateLimitPerMinute: 600,
  mediaMaxBytes: 5 * 1024 * 1024,
});

/** The server's settings from the configuration. */
export function httpOptions(config: Config): HttpOptions {
  return {
    allowedHosts: config.allowedHosts,
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    rateLimitPerMinute: config.HTTP_RATE_LIMIT_PER_MINUTE,
    mediaMaxBytes: config.MEDIA_MAX_BYTES,
    ...(config.SIM_TOKEN ? { simToken: config.SIM_TOKEN } : {}),
  };
}

export interface ServerDeps {
  logger: Logger;
  redis: RedisClient;
  transportStatus: () => TransportStatus;
  metrics: Metrics;
  depths: DepthSources;
  /** The simulator transport: its routes exist only when it is given (SIM_ENABLED). */
  sim?: SimTransport;
  /** Further route plugins (the admin API, the pairing page), each encapsulated and rate limited. */
  plugins?: FastifyPluginAsync[];
  http?: HttpOptions;
}

/** Every route's body limit unless it sets its own: admin JSON and everything else is small. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** Orchestrators probe these by address (a pod IP, a container name): they answer whatever the Host. */
const HEALTH_PATHS = new Set(['/healthz', '/readyz']);

/** `Example.ORG:3000` → `example.org`; `[::1]:3000` → `::1`. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const host = header.trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']') > 0 ? host.indexOf(']') : undefined) : host.replace(/:\d*$/, '');
  return name.replace(/\.$/, '') || undefined;
}

function hostCheck(allowed: readonly string[]) {
  const names = new Set(allowed.map((h) => hostName(h)).filter((h): h is string => h !== undefined));
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (HEALTH_PATHS.has(request.routeOptions.url ?? '')) return;
    const name = hostName(request.headers.host);
    if (name !== undefined && names.has(name)) return;
    await sendProblem(reply, 'forbidden_host', 'This server does not answer for this host name. Its operator can add the name to ALLOWED_HOSTS.');
  };
}

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const http = deps.http ?? DEFAULT_HTTP_OPTIONS;
  const app = Fastify({
    // The cast keeps the instance typed with fastify's own logger type, which callers expect.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Request lines would carry phone numbers (/sim/outbox?chat=...): they are not logged. Errors
    // are, by problemErrorHandler, without the URL.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: DEFAULT_BODY_LIMIT,
    // A schema's `additionalProperties: false` refuses unknown fields (400) instead of dropping them
    // silently: a misspelt filter (`?stauts=`) must not quietly widen a query.
    ajv: { customOptions: { removeAdditional: false } },
    // A URL the router cannot read (bad percent-encoding, an over-long id) is a problem like any
    // other error, not fastify's default JSON, which repeats the path (ids are phone numbers).
    frameworkErrors: (error, request, reply) => {
      void problemErrorHandler(error, request, reply);
    },
    // Receiving a request (slow senders) and answering it (a stuck handler: 503) are both bounded.
    requestTimeout: http.requestTimeoutMs,
    handlerTimeout: http.requestTimeoutMs,
    http: { connectionsCheckingInterval: Math.min(30_000, Math.max(1000, Math.floor(http.requestTimeoutMs / 2))) },
  });
  app.setErrorHandler(problemErrorHandler);
  app.setNotFoundHandler(notFoundHandler);
  // Only JSON bodies: no text/plain, so a cross-site form or fetch without a preflight cannot post.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'none'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Photos from Loket are shown from blob: URLs, thumbnails of sent photos are data: URLs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        // No upgrade-insecure-requests: a training room reaches the simulator over plain http on its LAN.
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', hostCheck(http.allowedHosts));
  await app.register(rateLimit, {
    global: false,
    max: http.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem('rate_limited', `Too many requests: at most ${context.max} a minute. Try again in ${context.after}.`),
  });

  app.get('/healthz', () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const redis = await deps.redis.ping().then(() => 'ok', (err: Error) => err.message);
    const transport = deps.transportStatus();
    const ready = redis === 'ok' && transport.ready;
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', redis, transport });
  });
  app.get('/metrics', async (_req, reply) => {
    deps.metrics.transportUp.set(deps.transportStatus().ready ? 1 : 0);
    await deps.metrics.collectDepths(deps.depths).catch((err: Error) => deps.logger.warn({ err: err.message }, 'queue depth unavailable'));
    return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  // The outbox long-poll answers (empty) before the request timeout would cut it off.
  const sim = deps.sim && {
    sim: deps.sim,
    mediaMaxBytes: http.mediaMaxBytes,
    maxWaitMs: Math.min(MAX_WAIT_MS, Math.max(0, http.requestTimeoutMs - 1000)),
    ...(http.simToken ? { token: http.simToken } : {}),
  };
  // Outside production with no SIM_TOKEN the simulator is open, as before, and not rate limited:
  // the tests and the conversation corpus drive it far faster than any person.
  if (sim && !sim.token) await app.register(simPlugin, sim);
  await app.register(async (limited) => {
    limited.addHook('onRequest', limited.rateLimit());
    if (sim?.token) await limited.register(simPlugin, sim);
    for (const plugin of deps.plugins ?? []) await limited.register(plugin);
  });
  return app;
}
