// The composition root: configuration, connections, the transport and every worker are made here
// once and passed in. Nothing else in Loket reads the environment or opens a connection.
import { join, resolve } from 'node:path';
import { createApp } from './app.js';
import { buildFlowDeps } from './flow-deps.js';
import { ConfigError, loadConfig, type Config } from './platform/config.js';
import { createDataProtector, loadDataKey, parseOlderKeys } from '../workers/platform/crypto.js';
import { RedisNotInstalledError, startEmbeddedRedis, type EmbeddedRedis } from './platform/embedded-redis.js';
import { createLogger, type Logger } from '../workers/platform/logger.js';
import { RosterFileError } from './staff/roster-file.js';
import { assertNoEviction, connectRedis, EvictionPolicyError } from '../workers/platform/redis.js';
import type { Transport } from './transport/types.js';
import type { DataProtector } from '../workers/platform/crypto.js';
import type { Redis } from 'ioredis';
import type { FastifyPluginAsync } from 'fastify';
import type { Registry } from 'prom-client';

async function openRedis(config: Config, logger: Logger): Promise<{ url: string; embedded?: EmbeddedRedis }> {
  if (config.REDIS_URL) {
    const probe = connectRedis(config.REDIS_URL);
    try {
      await assertNoEviction(probe);
    } finally {
      probe.disconnect();
    }
    return { url: config.REDIS_URL };
  }
  const embedded = await startEmbeddedRedis({ dataDir: join(resolve(config.DATA_DIR), 'redis'), appendfsync: config.REDIS_APPENDFSYNC });
  logger.info({ port: embedded.port }, 'embedded redis-server started (set REDIS_URL to use another server)');
  return { url: embedded.url, embedded };
}

interface LiveWhatsApp {
  transport: Transport;
  /** The pairing page, mounted by the app's server. */
  plugins: FastifyPluginAsync[];
  /** Puts the transport's counters and connection state on /metrics. */
  registerMetrics: (registry: Registry) => void;
}

async function makeTransport(config: Config, deps: { redis: Redis; protector: DataProtector; logger: Logger }): Promise<LiveWhatsApp | undefined> {
  if (config.WA_TRANSPORT === 'sim') return undefined;
  const { createBaileysTransport } = await import('./transport/baileys/index.js');
  const { registerBaileysMetrics } = await import('./transport/baileys/prometheus.js');
  const { adminPagePresenter, adminPairingPlugin } = await import('./server/admin-pairing.js');
  const transport = createBaileysTransport({
    redis: deps.redis,
    protector: deps.protector,
    logger: deps.logger,
    ...(config.WA_NUMBER ? { number: config.WA_NUMBER } : {}),
    ...(config.WA_PAIRING_NUMBER ? { pairingNumber: config.WA_PAIRING_NUMBER } : {}),
    mediaMaxBytes: config.MEDIA_MAX_BYTES,
    maxReplayAgeMs: config.WA_MAX_REPLAY_AGE_MS,
    leaseMs: config.WA_OWNER_LEASE_MS,
    keyPrefix: `${config.REDIS_PREFIX}:wa`,
    // A QR or pairing code in production logs would let whoever reads them link the service number.
    ...(config.NODE_ENV === 'production' ? { presenter: adminPagePresenter(deps.logger) } : {}),
  });
  const number = config.WA_PAIRING_NUMBER ?? config.WA_NUMBER;
  const pairing = adminPairingPlugin({ token: config.ADMIN_TOKEN, pairing: () => transport.pairing(), ...(number ? { number } : {}) });
  return { transport, plugins: [pairing], registerMetrics: (registry) => registerBaileysMetrics(registry, transport) };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, pretty: config.NODE_ENV !== 'production' });
  const dataKey = loadDataKey(config.DATA_KEY, config.DATA_DIR);
  if (dataKey.developmentKeyFile) {
    logger.warn({ file: dataKey.developmentKeyFile }, 'DATA_KEY is not set: using a development key stored next to the data. Set DATA_KEY in production.');
  }
  const protector = createDataProtector({ current: dataKey.key, older: parseOlderKeys(config.DATA_KEYS) });
  const redisTarget = await openRedis(config, logger);
  const connect = (): Redis => connectRedis(redisTarget.url);
  const transportRedis = connect();
  const whatsapp = await makeTransport(config, { redis: transportRedis, protector, logger });
  const app = await createApp({
    config, logger, protector, connect, clock: Date.now,
    flow: await buildFlowDeps(config),
    ...(whatsapp ? { transport: whatsapp.transport, extraPlugins: whatsapp.plugins } : {}),
  });
  whatsapp?.registerMetrics(app.metrics.registry);
  await app.start();
  await app.server.listen({ port: config.PORT, host: config.HOST });
  const shown = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  const simulator = app.sim && config.simEnabled ? `Simulator: http://${shown}:${config.PORT}/sim` : undefined;
  logger.info(`Loket is running. ${simulator ?? `WhatsApp transport: ${config.WA_TRANSPORT}`}`);

  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    await app.stop();
    transportRedis.disconnect();
    await redisTarget.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', (s) => void shutdown(s));
  process.once('SIGTERM', (s) => void shutdown(s));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof RedisNotInstalledError || err instanceof EvictionPolicyError || err instanceof RosterFileError) {
    console.error(err.message);
  } else {
    console.error('Loket could not start:', err);
  }
  process.exit(1);
});
