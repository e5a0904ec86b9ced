// The HTTP face of Loket: health, metrics, the simulator, and (when configured) the admin API.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Redis } from 'ioredis';
import type { Logger } from '../platform/logger.js';
import type { TransportStatus } from '../transport/types.js';
import type { SimTransport } from '../transport/sim/transport.js';
import type { DepthSources, Metrics } from './metrics.js';
import { simPlugin } from './sim.js';

export interface ServerDeps {
  logger: Logger;
  redis: Redis;
  transportStatus: () => TransportStatus;
  metrics: Metrics;
  depths: DepthSources;
  sim?: SimTransport;
  /** Further route plugins (the admin API, the pairing page), each encapsulated. */
  plugins?: FastifyPluginAsync[];
}

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // The cast keeps the instance typed with fastify's own logger type, which callers expect.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Request lines would carry phone numbers (/sim/outbox?chat=...): they are not logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 8 * 1024 * 1024,
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
  if (deps.sim) await app.register(simPlugin, { sim: deps.sim });
  for (const plugin of deps.plugins ?? []) await app.register(plugin);
  return app;
}
