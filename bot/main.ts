// The composition root: configuration, connections, the transport and every worker are made here
// once and passed in. Nothing else in Loket reads the environment or opens a connection.
import { join, resolve } from 'node:path';
import { createApp } from './app.js';
import { buildFlowDeps } from './flow-deps.js';
import { ConfigError, loadConfig, type Config } from './platform/config.js';
import { createDataProtector, loadDataKey, parseOlderKeys } from '../workers/platform/crypto.js';
import { RedisNotInstalledError, superviseEmbeddedRedis, type EmbeddedRedis } from './platform/embedded-redis.js';
import { createLogger, type Logger } from '../workers/platform/logger.js';
import { RosterFileError } from './staff/roster-file.js';
import { logOutages } from './faults/redis-errors.js';
import { AppendOnlyOffError, assertRedisFit, connectRedis, EvictionPolicyError, RedisFullError } from '../workers/platform/redis.js';
import type { Transport } from './transport/types.js';
import type { BaileysTransport } from './transport/baileys/index.js';
import type { DataProtector } from '../workers/platform/crypto.js';
import type { RedisClient } from '../workers/platform/redis-client.js';
import { clusterMasters, connectRedisCluster } from '../workers/platform/redis-cluster.js';
import type { FastifyPluginAsync } from 'fastify';
import type { Registry } from 'prom-client';

interface RedisTarget {
  connect: () => RedisClient;
  embedded?: EmbeddedRedis;
}

/** REDIS_CLUSTER_NODES: no embedded Redis; each master must pass the start checks that one server must. */
async function openCluster(config: Config, logger: Logger): Promise<RedisTarget> {
  const connect = (): RedisClient => connectRedisCluster(config.redisClusterNodes);
  await checkOnceReachable(connectRedisCluster(config.redisClusterNodes), logger, 'the Redis Cluster (REDIS_CLUSTER_NODES)', async (probe) => {
    const masters = await clusterMasters(probe);
    for (const master of masters) await assertRedisFit(master);
    logger.info({ masters: masters.length, prefix: config.redisKeyPrefix }, 'using the Redis Cluster (REDIS_CLUSTER_NODES)');
  });
  return { connect };
}

/**
 * The start checks of a Redis Loket did not start: one that is away is waited for, with one warning
 * (never its address: a URL may hold a password), then `check` runs on the probe connection.
 */
async function checkOnceReachable<T extends RedisClient>(probe: T, logger: Logger, what: string, check: (probe: T) => Promise<void>): Promise<void> {
  let warned = false;
  probe.on('error', (err: Error) => {
    if (!warned) logger.warn({ event: 'redis_waiting', err: err.message }, `${what} is not reachable yet; waiting for it`);
    warned = true;
  });
  try {
    await check(probe);
  } finally {
    probe.disconnect();
  }
}

async function openRedis(config: Config, logger: Logger): Promise<RedisTarget> {
  if (config.redisClusterNodes.length > 0) return openCluster(config, logger);
  if (config.REDIS_URL) {
    await checkOnceReachable(connectRedis(config.REDIS_URL), logger, 'Redis (REDIS_URL)', assertRedisFit);
    const url = config.REDIS_URL;
    return { connect: () => connectRedis(url) };
  }
  // Restarted on the same port and data if it dies: every connection reconnects by itself meanwhile.
  const embedded = await superviseEmbeddedRedis({ dataDir: join(resolve(config.DATA_DIR), 'redis'), appendfsync: config.REDIS_APPENDFSYNC }, {
    died: (reason) => logger.error({ event: 'redis_died', reason }, 'the embedded redis-server died; restarting it'),
    restarted: (pid, afterMs) => logger.warn({ event: 'redis_restarted', pid, afterMs }, 'the embedded redis-server was restarted'),
    restartFailed: (err, retryInMs) => logger.error({ event: 'redis_restart_failed', err: (err as Error).message, retryInMs }, 'the embedded redis-server could not be restarted'),
  });
  logger.info({ port: embedded.port }, 'embedded redis-server started (set REDIS_URL to use another server)');
  return { connect: () => connectRedis(embedded.url), embedded };
}

interface LiveWhatsApp {
  transport: Transport;
  /** The pairing page, mounted by the app's server. */
  plugins: FastifyPluginAsync[];
  /** Puts the transport's counters and connection state on /metrics. */
  registerMetrics: (registry: Registry) => void;
}

async function makeTransport(config: Config, deps: { redis: RedisClient; protector: DataProtector; logger: Logger }): Promise<LiveWhatsApp | undefined> {
  if (config.WA_TRANSPORT === 'sim') return undefined;
  const { createBaileysTransport } = await import('./transport/baileys/index.js');
  const { registerBaileysMetrics } = await import('./transport/baileys/prometheus.js');
  const { adminPagePresenter, adminPairingPlugin } = await import('./server/admin-pairing.js');
  const connectNumber = (number: string | undefined) => createBaileysTransport({
    redis: deps.redis,
    protector: deps.protector,
    logger: deps.logger,
    ...(number ? { number } : {}),
    ...(config.WA_PAIRING_NUMBER && config.waNumbers.length <= 1 ? { pairingNumber: config.WA_PAIRING_NUMBER } : {}),
    mediaMaxBytes: config.MEDIA_MAX_BYTES,
    maxReplayAgeMs: config.WA_MAX_REPLAY_AGE_MS,
    leaseMs: config.WA_OWNER_LEASE_MS,
    keyPrefix: `${config.redisKeyPrefix}:wa`,
    // A QR or pairing code in production logs would let whoever reads them link the service number.
    ...(config.NODE_ENV === 'production' ? { presenter: adminPagePresenter(deps.logger) } : {}),
  });
  if (config.waNumbers.length > 1) return severalNumbers(config, deps, connectNumber);
  const transport = connectNumber(config.waNumbers[0]);
  const number = config.WA_PAIRING_NUMBER ?? config.waNumbers[0];
  const pairing = adminPairingPlugin({ token: config.ADMIN_TOKEN, pairing: () => transport.pairing(), ...(number ? { number } : {}) });
  return { transport, plugins: [pairing], registerMetrics: (registry) => registerBaileysMetrics(registry, transport) };
}

/** WA_NUMBERS: one Baileys socket (own auth state and lease) per number; each chat stays with its number. */
async function severalNumbers(
  config: Config,
  deps: { redis: RedisClient; protector: DataProtector },
  connectNumber: (number: string) => BaileysTransport,
): Promise<LiveWhatsApp> {
  const { RoutedTransport, ChatRoutes } = await import('./transport/numbers.js');
  const { registerBaileysMetrics } = await import('./transport/baileys/prometheus.js');
  const { adminPairingPlugin } = await import('./server/admin-pairing.js');
  const numbers = config.waNumbers.map((number) => ({ number, transport: connectNumber(number) }));
  const primary = numbers[0]!;
  const transport = new RoutedTransport(numbers, new ChatRoutes(deps.redis, deps.protector, config.redisKeyPrefix));
  const pairing = adminPairingPlugin({
    token: config.ADMIN_TOKEN, pairing: () => primary.transport.pairing(), number: primary.number,
    numbers: () => numbers.map(({ number, transport: t }) => ({ number, pairing: t.pairing() })),
  });
  // The WhatsApp counters on /metrics are the primary number's (the series carry no number label yet).
  return { transport, plugins: [pairing], registerMetrics: (registry) => registerBaileysMetrics(registry, primary.transport) };
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
  const connect = redisTarget.connect;
  const transportRedis = logOutages(connect(), logger, 'transport');
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
    // A stop that cannot finish (Redis away: the lanes and workers wait for it) must not outlast the
    // orchestrator's patience silently. What is unfinished is taken up by the next instance, as after a crash.
    setTimeout(() => {
      logger.error({ event: 'shutdown_timeout', afterMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown did not finish in time; exiting, the next instance takes up what was left');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
    await app.stop();
    transportRedis.disconnect();
    await redisTarget.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', (s) => void shutdown(s));
  process.once('SIGTERM', (s) => void shutdown(s));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof RedisNotInstalledError || err instanceof EvictionPolicyError || err instanceof AppendOnlyOffError || err instanceof RedisFullError || err instanceof RosterFileError) {
    console.error(err.message);
  } else {
    console.error('Loket could not start:', err);
  }
  process.exit(1);
});
