// Wires the platform's parts together from already-made connections. bot/main.ts (the composition
// root) and the end-to-end tests both build the service through here, so tests run the real path.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Queue, Worker } from 'bullmq';
import { duplicateWith, type RedisClient } from '../workers/platform/redis-client.js';
import { createApplicantHost } from './conversation/applicant.js';
import { createAccept } from './conversation/accept.js';
import { BusyNotices } from './faults/busy-notice.js';
import { failFastOptions, guardedInbox } from './faults/store-guard.js';
import { bullErrorLogger, logOutages } from './faults/redis-errors.js';
import { closeServer } from './faults/graceful.js';
import { createRouter, delivering, type RouterDeps } from './conversation/router.js';
import { Inbox } from '../workers/inbox/inbox.js';
import { Sequencer } from '../workers/inbox/sequencer.js';
import { createMediaStore, type MediaStore } from '../workers/media/store.js';
import type { Config } from './platform/config.js';
import type { DataProtector } from '../workers/platform/crypto.js';
import type { Logger } from '../workers/platform/logger.js';
import { buildServer, httpOptions } from './server/build.js';
import { createMetrics, type Metrics } from './server/metrics.js';
import { SimTransport } from './transport/sim/transport.js';
import { createTraceEraser } from './privacy/erasure.js';
import { rewriteAppendOnlyFile } from '../workers/platform/redis.js';
import type { Outbound, Transport } from './transport/types.js';
import type { FlowDeps } from '../flows/index.js';
import { CaseStore } from '../workers/cases/store.js';
import { NOTICE_PRIORITY, OutboundQueue } from '../workers/outbound/queue.js';
import { createOutboundWorkers } from '../workers/outbound/worker.js';
import { NumberPace } from '../workers/outbound/pace.js';
import { RoutedTransport } from './transport/numbers.js';
import { TimerScheduler, createTimerWorker } from '../workers/timers/timers.js';
import { join } from 'node:path';
import { Casework } from '../workers/casework/casework.js';
import { createApplicantRelay } from './casework/applicant-relay.js';
import { createCoordinatorChat, type CoordinatorActions } from './casework/coordinator-chat.js';
import { createTimerHandler } from '../workers/casework/escalations.js';
import { toOutbound, type Notice } from '../workers/casework/notice.js';
import { CachedRelayStore } from './conversation/relay-cache.js';
import { createStaffChat, type ToApplicant } from './casework/staff-chat.js';
import { Helpdesk } from '../workers/casework/helpdesk.js';
import { RosterStore } from '../workers/staff/roster.js';
import { readRosterFile } from './staff/roster-file.js';
import { adminApiPlugin } from './server/admin-api.js';
import type { VillageIndex } from '../flows/area/villages.js';
import { CaseTimerRunner } from '../workers/cases/case-timers.js';
import { DispatchQueue, createDispatchWorker } from '../workers/dispatch/dispatch.js';
import { Retention, createRetentionWorker, retentionQueue, scheduleCompaction, scheduleRetention } from '../workers/retention/retention.js';
import { Resealer, createResealWorker, requestReseal, resealQueue, sealedLocations } from '../workers/reseal/reseal.js';
import { createCoordinatorReports } from './casework/coordinator-reports.js';
import { Reports } from '../workers/reports/reports.js';
import { FunnelStore } from '../workers/reports/funnel.js';
import { DigestPoster, createDigestWorker, digestQueue, scheduleDigest } from '../workers/reports/digest.js';
import { funnelMove } from '../flows/reports/funnel.js';
import { reportsApiPlugin } from './server/reports-api.js';
import { adminPagePlugin } from './server/admin-page.js';
import { queueBoardPlugin } from './server/queue-board.js';
import { createCoordinatorActions } from './casework/coordinator-actions.js';
import { QuoteStore } from '../workers/casework/quotes.js';
import { AudienceStore } from '../workers/broadcast/audience.js';
import { BroadcastQueue, createBroadcastWorker } from '../workers/broadcast/broadcast.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  protector: DataProtector;
  /** Makes a new connection to the same Redis (BullMQ and the wake listener need their own). */
  connect: () => RedisClient;
  flow: FlowDeps;
  clock: () => number;
  /** A transport other than the simulator (Baileys); the simulator is built here when absent. */
  transport?: Transport;
  extraPlugins?: FastifyPluginAsync[];
  staff?: Pick<RouterDeps, 'staffHandlerFor' | 'coordinator'>;
  /** After each handled inbox entry, with the ms from acceptance to commit (the pipeline bench). */
  onHandled?: (entryId: string, latencyMs: number) => void;
}

export interface App {
  server: FastifyInstance;
  retention: Retention;
  retentionJobs: Queue;
  resealer: Resealer;
  resealJobs: Queue;
  /** The coordinators' figures, the intake funnel, and the daily digest with its job queue. */
  reports: Reports;
  funnel: FunnelStore;
  digest: DigestPoster;
  digestJobs: Queue;
  /** Applicants who agreed to announcements, and the SIARAN letters on their way. */
  audience: AudienceStore;
  broadcasts: BroadcastQueue;
  inbox: Inbox;
  cases: CaseStore;
  roster: RosterStore;
  casework: Casework;
  caseTimers: CaseTimerRunner;
  dispatch: DispatchQueue;
  media: MediaStore;
  outbound: OutboundQueue;
  timers: TimerScheduler;
  metrics: Metrics;
  transport: Transport;
  sim?: SimTransport;
  redis: RedisClient;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, logger, protector, clock } = deps;
  // Every connection made here is closed on stop: a worker does not close the connection it was given.
  const opened: RedisClient[] = [];
  const connect = (): RedisClient => {
    const made = logOutages(deps.connect(), logger, `app-${opened.length}`);
    opened.push(made);
    return made;
  };
  const redis = connect();
  const prefix = config.redisKeyPrefix;
  const connection = connect();
  const metrics = createMetrics();
  const media = createMediaStore(join(config.DATA_DIR, 'media'), protector);
  const inbox = new Inbox(redis, protector, { prefix, seenTtlSeconds: 7 * 24 * 3600, leaseMs: config.CHAT_LEASE_MS, maxFailures: 3 });
  // Accepting a message, and /readyz, must not wait forever on a Redis that is away: their own fail-fast connection.
  const failFast = logOutages(duplicateWith(redis, failFastOptions(config.REDIS_COMMAND_TIMEOUT_MS)), logger, 'accept');
  opened.push(failFast);
  const stopping = new AbortController();
  const cases = new CaseStore(redis, protector, prefix);
  const funnel = new FunnelStore(redis, protector, prefix, intakeLifetimeSeconds(config));
  const digestJobs = digestQueue(connection, prefix);
  const outbound = new OutboundQueue(connection, prefix, protector);
  const timers = new TimerScheduler({ connection, prefix, protector, clock });
  const retentionJobs = retentionQueue(connection, prefix);
  const sim = deps.transport ? undefined : new SimTransport(redis, protector, prefix);
  const transport: Transport = deps.transport ?? (sim as SimTransport);
  // Notices about a case are noted before they are queued, so that a reply quoting one finds its case.
  const quotes = new QuoteStore(redis, protector, prefix);
  const enqueue = async (messages: Outbound[], options: { priority?: number } = {}): Promise<void> => {
    await quotes.remember(messages, (id) => transport.networkIds?.(id) ?? [id]);
    await outbound.enqueue(messages, config.OUTBOUND_ATTEMPTS, options);
  };
  const audience = new AudienceStore(redis, protector, prefix);
  const broadcasts = new BroadcastQueue({ connection, prefix, protector });
  const send = (notices: Notice[], cause: string): Promise<void> => enqueue(toOutbound(notices, cause));
  // Notices nobody is waiting for at this moment (escalations, reminders, the digest): the bulk lane.
  const sendNotice = (notices: Notice[], cause: string): Promise<void> => enqueue(toOutbound(notices, cause), { priority: NOTICE_PRIORITY });

  const roster = new RosterStore(redis, protector, prefix, clock);
  // Every message asks whether its sender is staff, and whether an operator waits on it: answered
  // from memory, kept fresh by announcements of changes (one subscriber connection for both).
  const announcements = connect();
  await roster.watch(announcements);
  if (config.ROSTER_FILE) await roster.seed(await readRosterFile(config.ROSTER_FILE, { areaProblem: areaProblemIn(deps.flow.villages) }));
  const relays = new CachedRelayStore(redis, protector, prefix);
  await relays.watch(announcements);
  const dispatch = new DispatchQueue(connection, prefix);
  const hours = config.officeHours;
  const casework = new Casework({
    cases, roster, media, relays, officeHours: hours, coordinatorGroup: config.COORDINATOR_GROUP, clock, logger,
    rules: {
      capitalLimit: config.DESK_CAPITAL_LIMIT, maxKbliAtLowerDesks: 2,
      claimSlaHours: config.CLAIM_SLA_HOURS, queueSlaHours: config.QUEUE_SLA_HOURS, ossRetryHours: config.OSS_RETRY_AFTER_HOURS,
    },
  });
  const onTimer = createTimerHandler({
    casework, cases, roster, coordinatorGroup: config.COORDINATOR_GROUP, timeZone: hours.timeZone, clock,
  });
  const caseTimers = new CaseTimerRunner(redis, cases.keys.timers, clock, async (timer) => {
    await sendNotice(await onTimer(timer), `timer:${timer.caseId}:${timer.name}:${timer.version}`);
  }, logger);

  const helpdesk = new Helpdesk({ redis, protector, prefix, roster, cases, villages: deps.flow.villages, coordinatorGroup: config.COORDINATOR_GROUP, clock });
  // A staff answer (BALAS) enters the applicant's inbox like a timer does, so it is sequenced with their messages.
  const toApplicant: ToApplicant = async (id, answer) => {
    const trigger = { type: 'staff_message', ref: answer.ref, name: answer.name, text: answer.text } as const;
    await inbox.accept({ id, chat: answer.chat, acceptedAt: clock(), type: 'trigger', trigger });
    sequencer.notify();
  };
  const applicant = createApplicantHost({
    flow: deps.flow,
    cases,
    media,
    schedule: (chat, name, token, at) => timers.schedule(chat, name, token, at),
    onCaseCreated: (caseId) => dispatch.add(caseId),
    eraseChatTraces: createTraceEraser({
      relays, helpdesk, inbox, outbound, timers, transport, scheduleCompaction: () => scheduleCompaction(retentionJobs, clock()), logger,
      announcements: audience, broadcasts,
    }),
    helpdesk,
    forwardToCase: (caseId, chat, input, source) => casework.fromApplicant(caseId, chat, input, source),
    onTurn: async (entry, before, after) => {
      const move = funnelMove(before, after);
      if (move) await funnel.record(entry.id, inbox.chatKeyOf(entry.chat), move);
    },
    announcements: audience,
    clock,
    logger,
  });
  const withRelays = createApplicantRelay({ relays, cases, roster, answered: (...args) => casework.applicantAnswered(...args), clock, logger });
  // The coordinators' commands: figures and searches (reports), and what changes cases or people (coordination).
  const reports = new Reports({
    cases, roster, media, villages: deps.flow.villages, officeHours: hours, sla: { queueSlaHours: config.QUEUE_SLA_HOURS, claimSlaHours: config.CLAIM_SLA_HOURS },
  });
  const digest = new DigestPoster({ reports, redis, prefix, officeHours: hours, at: config.DIGEST_AT, group: config.COORDINATOR_GROUP, send: sendNotice });
  const reportActions: CoordinatorActions = createCoordinatorReports({ reports, clock });
  const coordinationActions: CoordinatorActions = createCoordinatorActions({
    redis, prefix, casework, cases, roster, villages: deps.flow.villages, areaProblem: areaProblemIn(deps.flow.villages),
    audience, letters: broadcasts, broadcastPerMinute: config.BROADCAST_RATE_PER_MINUTE, clock, logger,
  });
  const handle = delivering(createRouter({
    applicant: withRelays(applicant),
    coordinatorGroup: config.COORDINATOR_GROUP,
    staffHandlerFor: createStaffChat({ casework, helpdesk, toApplicant, roster, media, clock, logger, quotes }),
    coordinator: createCoordinatorChat({
      casework, roster, helpdesk, toApplicant, quotes,
      actions: { ...reportActions, ...coordinationActions },
    }),
    ...deps.staff,
  }), enqueue);
  const sequencer = new Sequencer({
    inbox,
    wakeConnection: connect(),
    handle,
    logger,
    lanes: config.INBOX_CONCURRENCY,
    onHandled: (entry, ms) => {
      metrics.handling.observe(ms / 1000);
      deps.onHandled?.(entry.id, ms);
    },
  });
  const busy = new BusyNotices({ transport, coordinatorGroup: config.COORDINATOR_GROUP, logger, clock });
  const accept = createAccept({
    // The simulator's client is told to send again (503); WhatsApp has already acknowledged its messages, so they wait for Redis.
    inbox: guardedInbox(new Inbox(failFast, protector, inbox.options), failFast, {
      waitMs: deps.transport ? Number.POSITIVE_INFINITY : config.REDIS_ACCEPT_WAIT_MS, signal: stopping.signal,
    }),
    onStoreFull: (message) => busy.storeFull(message.chat),
    media, mediaMaxBytes: config.MEDIA_MAX_BYTES, clock, notify: () => sequencer.notify(),
    onAccepted: (message, duplicate) => metrics.messagesIn.inc({ kind: message.kind, duplicate: String(duplicate) }),
    // What was not kept is answered by the conversation; the log says only its kind and why.
    onMediaRefused: (message, reason) => logger.info({ kind: message.kind, reason }, 'media not stored'),
  });
  const server = await buildServer({
    logger, redis: failFast, metrics, transportStatus: () => transport.status(),
    depths: { inbox: () => inbox.depth(), outbound: () => outbound.depth() },
    // The simulator's routes exist only when SIM_ENABLED (off in production by default); the
    // transport itself still runs, so a sim-mode service without them starts all the same.
    ...(sim && config.simEnabled ? { sim } : {}),
    http: httpOptions(config),
    plugins: [
      adminApiPlugin({ token: config.ADMIN_TOKEN, roster, areaProblem: areaProblemIn(deps.flow.villages), logger }),
      reportsApiPlugin({ token: config.ADMIN_TOKEN, reports, cases, funnel, clock, logger }),
      adminPagePlugin({ token: config.ADMIN_TOKEN, reports, clock }),
      queueBoardPlugin({ token: config.ADMIN_TOKEN, queues: () => [outbound.queue, outbound.bulk, timers.queue, dispatch.queue, retentionJobs, resealJobs, digestJobs, broadcasts.queue] }),
      ...(deps.extraPlugins ?? []),
    ],
  });

  const retention = new Retention({
    cases, sessions: inbox, deleteMedia: (ref) => media.delete(ref), rewriteAppendOnlyFile: () => rewriteAppendOnlyFile(redis),
    policy: { issuedDays: config.RETENTION_DAYS, rejectedDays: config.retentionRejectedDays, abandonedDays: config.ABANDONED_DAYS },
    onAbandoned: async (row, session) => { await funnel.abandoned(row.chatKey, row.version, session.at); },
  });
  const resealJobs = resealQueue(connection, prefix);
  const resealer = new Resealer({ redis, protector, locations: sealedLocations(prefix), mediaDir: join(config.DATA_DIR, 'media') });

  const workers: Worker[] = [];
  // One pace per number, shared by every process through Redis; named like the number's WhatsApp session.
  const paces = new Map<string, NumberPace>();
  const paceNamed = (name: string): NumberPace => paces.get(name) ?? paces.set(name, new NumberPace(redis, prefix, name, config.outboundPace)).get(name)!;
  const pace = paceNamed(config.waNumbers[0] ? protector.lookupHash(config.waNumbers[0]) : 'default');
  // Several numbers: a chat's messages draw from the pace of the number that serves it, so capacity adds up.
  const routed = transport instanceof RoutedTransport ? transport : undefined;
  const paceFor = routed ? async (chat: string) => paceNamed(protector.lookupHash((await routed.numberFor(chat)).number)) : undefined;
  return {
    server, inbox, cases, roster, casework, caseTimers, dispatch, media, outbound, timers, metrics, transport, redis, retention, retentionJobs, resealer, resealJobs,
    reports, funnel, digest, digestJobs,
    audience, broadcasts,
    ...(sim ? { sim } : {}),
    async start() {
      await transport.start(accept);
      sequencer.start();
      caseTimers.start(config.CASE_TIMER_POLL_MS);
      const sending = createOutboundWorkers({
          connection: connect(), prefix, queue: outbound, transport, media, logger,
          pace, ...(paceFor ? { paceFor } : {}), typing: config.outboundTyping, concurrency: config.OUTBOUND_CONCURRENCY,
          // A standby process (another holds the number) fetches nothing, so it never holds a chat's messages back.
          ...(transport.name === 'baileys' ? { ready: () => transport.status().ready } : {}),
          onSent: (outcome) => metrics.messagesOut.inc({ outcome }),
          tracked: {
            isDelivered: (message) => casework.isNibDelivered(message.track?.caseId ?? ''),
            delivered: async (message) => {
              const caseId = message.track?.caseId ?? '';
              await send(await casework.nibDelivered(caseId), `delivered:${caseId}`);
            },
          },
        });
      workers.push(
        sending.replies,
        sending.bulk,
        createDispatchWorker({
          connection: connect(), prefix,
          dispatch: async (caseId) => { await send(await casework.dispatch(caseId), `dispatch:${caseId}`); },
        }),
        createTimerWorker({ connection: connect(), prefix, protector, clock, inbox, notify: () => sequencer.notify() }),
        createRetentionWorker({ connection: connect(), prefix, retention, rewriteAppendOnlyFile: () => rewriteAppendOnlyFile(redis), clock }),
        createResealWorker({ connection: connect(), prefix, resealer }),
        createDigestWorker({ connection: connect(), prefix, poster: digest, clock }),
        createBroadcastWorker({
          connection: connect(), prefix, letters: broadcasts, outbound, attempts: config.OUTBOUND_ATTEMPTS, perMinute: config.BROADCAST_RATE_PER_MINUTE,
        }),
      );
      for (const worker of workers) worker.on('error', bullErrorLogger(logger, worker.name));
      for (const queue of [outbound.queue, outbound.bulk, timers.queue, dispatch.queue, retentionJobs, resealJobs, digestJobs, broadcasts.queue]) queue.on('error', bullErrorLogger(logger, queue.name));
      await scheduleRetention(retentionJobs, config.RETENTION_AT, hours.timeZone);
      await scheduleDigest(digestJobs, config.DIGEST_AT, hours.timeZone);
      if (protector.hasOlderKeys) await requestReseal(resealJobs, protector.keyId);
    },
    async stop() {
      // The inbox stops taking chats at once (what is left goes to another instance, or to the next
      // start), while the server finishes its requests and the workers the jobs in hand.
      const inboxStopped = sequencer.stop();
      await closeServer(server);
      // Messages still waiting for an unreachable Redis are given up (stored ones are not affected).
      stopping.abort();
      await transport.stop();
      await Promise.all([inboxStopped, ...workers.map((w) => w.close())]);
      await caseTimers.stop();
      await Promise.all([outbound.close(), timers.close(), dispatch.close(), retentionJobs.close(), resealJobs.close(), digestJobs.close(), broadcasts.close()]);
      for (const made of opened) made.disconnect();
    },
  };
}

/** How long an intake can live without a message: the funnel remembers its reached stages this long. */
function intakeLifetimeSeconds(config: Config): number {
  return Math.ceil(Math.max(config.SESSION_EXPIRE_AFTER_MS / 1000, config.ABANDONED_DAYS * 24 * 3600)) + 24 * 3600;
}

/** Why an area code cannot be served from here, or undefined when it is the regency, one of its kecamatan or villages. */
function areaProblemIn(villages: VillageIndex): (code: string) => string | undefined {
  return (code) => {
    if (code === villages.regencyCode || villages.districtByCode(code) || villages.byCode(code)) return undefined;
    return `${code} is not the service area (${villages.regencyCode}), nor one of its kecamatan or villages`;
  };
}
