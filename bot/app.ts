// Wires the platform's parts together from already-made connections. bot/main.ts (the composition
// root) and the end-to-end tests both build the service through here, so tests run the real path.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createApplicantHost } from './conversation/applicant.js';
import { createAccept } from './conversation/accept.js';
import { createRouter, type RouterDeps } from './conversation/router.js';
import { Inbox } from './inbox/inbox.js';
import { Sequencer } from './inbox/sequencer.js';
import { createMediaStore, type MediaStore } from './media/store.js';
import type { Config } from './platform/config.js';
import type { DataProtector } from './platform/crypto.js';
import type { Logger } from './platform/logger.js';
import { buildServer } from './server/build.js';
import { createMetrics, type Metrics } from './server/metrics.js';
import { SimTransport } from './transport/sim/transport.js';
import type { Transport } from './transport/types.js';
import type { FlowDeps } from '../flows/index.js';
import { CaseStore } from '../workers/cases/store.js';
import { OutboundQueue } from '../workers/outbound/queue.js';
import { createOutboundWorker } from '../workers/outbound/worker.js';
import { TimerScheduler, createTimerWorker } from '../workers/timers/timers.js';
import { join } from 'node:path';

export interface AppDeps {
  config: Config;
  logger: Logger;
  protector: DataProtector;
  /** Makes a new connection to the same Redis (BullMQ and the wake listener need their own). */
  connect: () => Redis;
  flow: FlowDeps;
  clock: () => number;
  /** A transport other than the simulator (Baileys); the simulator is built here when absent. */
  transport?: Transport;
  extraPlugins?: FastifyPluginAsync[];
  staff?: Pick<RouterDeps, 'staffHandlerFor' | 'coordinator'>;
}

export interface App {
  server: FastifyInstance;
  inbox: Inbox;
  cases: CaseStore;
  media: MediaStore;
  outbound: OutboundQueue;
  timers: TimerScheduler;
  metrics: Metrics;
  transport: Transport;
  sim?: SimTransport;
  redis: Redis;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, logger, protector, clock } = deps;
  const redis = deps.connect();
  const prefix = config.REDIS_PREFIX;
  const connection = deps.connect();
  const metrics = createMetrics();
  const media = createMediaStore(join(config.DATA_DIR, 'media'), protector);
  const inbox = new Inbox(redis, protector, { prefix, seenTtlSeconds: 7 * 24 * 3600, leaseMs: config.CHAT_LEASE_MS, maxFailures: 3 });
  const cases = new CaseStore(redis, protector, prefix);
  const outbound = new OutboundQueue(connection, prefix, protector);
  const timers = new TimerScheduler({ connection, prefix, protector, clock });
  const sim = deps.transport ? undefined : new SimTransport(redis, protector, prefix);
  const transport: Transport = deps.transport ?? (sim as SimTransport);

  const applicant = createApplicantHost({
    flow: deps.flow,
    cases,
    media,
    enqueue: (messages) => outbound.enqueue(messages, config.OUTBOUND_ATTEMPTS),
    schedule: (chat, name, token, at) => timers.schedule(chat, name, token, at),
    onCaseCreated: () => Promise.resolve(),
    eraseChatTraces: async (chat) => { await sim?.erase(chat); },
    clock,
    logger,
  });
  const handle = createRouter({ applicant, coordinatorGroup: config.COORDINATOR_GROUP, ...deps.staff });
  const sequencer = new Sequencer({
    inbox,
    wakeConnection: deps.connect(),
    handle,
    logger,
    lanes: config.INBOX_CONCURRENCY,
    onHandled: (_entry, ms) => metrics.handling.observe(ms / 1000),
  });
  const accept = createAccept({
    inbox, media, mediaMaxBytes: config.MEDIA_MAX_BYTES, clock, notify: () => sequencer.notify(),
    onAccepted: (message, duplicate) => metrics.messagesIn.inc({ kind: message.kind, duplicate: String(duplicate) }),
  });
  const server = await buildServer({
    logger, redis, metrics, transportStatus: () => transport.status(),
    depths: { inbox: () => inbox.depth(), outbound: () => outbound.depth() },
    ...(sim ? { sim } : {}),
    plugins: deps.extraPlugins ?? [],
  });

  const workers: Worker[] = [];
  return {
    server, inbox, cases, media, outbound, timers, metrics, transport, redis,
    ...(sim ? { sim } : {}),
    async start() {
      await transport.start(accept);
      sequencer.start();
      workers.push(
        createOutboundWorker({
          connection: deps.connect(), prefix, queue: outbound, transport, media, logger,
          ratePerSecond: config.outboundRatePerSecond, jitterMs: config.outboundJitterMs,
          onSent: (outcome) => metrics.messagesOut.inc({ outcome }),
        }),
        createTimerWorker({ connection: deps.connect(), prefix, protector, clock, inbox, notify: () => sequencer.notify() }),
      );
    },
    async stop() {
      await server.close();
      await transport.stop();
      await Promise.all(workers.map((w) => w.close()));
      await sequencer.stop();
      await Promise.all([outbound.close(), timers.close()]);
      connection.disconnect();
      redis.disconnect();
    },
  };
}
