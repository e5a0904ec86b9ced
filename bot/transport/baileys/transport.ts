// The Baileys transport: one WhatsApp number behind the same Transport port as the simulator.
// Lifecycle: hold the number's Redis lease → load the auth state → open a socket → on close, act on
// the DisconnectReason (see reconnect-policy.ts). Inbound: every message is normalised without any
// await, and the first await is the host's durable inbox write (Baileys has already acknowledged the
// message to WhatsApp, so anything before that write could lose it).
import { randomBytes } from 'node:crypto';
import { downloadMediaMessage, makeCacheableSignalKeyStore, makeWASocket } from '@whiskeysockets/baileys';
import type { MessageUpsertType, WAMessage } from '@whiskeysockets/baileys';
import type { RedisClient } from '../../../workers/platform/redis-client.js';
import type { DataProtector } from '../../../workers/platform/crypto.js';
import type { Logger } from '../../../workers/platform/logger.js';
import { maskChat } from '../../../workers/platform/logger.js';
import {
  RateLimitedError,
  ReachoutLockedError,
  TransportUnavailableError,
  UndeliverableError,
  type InboundHandler,
  type InboundMedia,
  type ResolvedOutbound,
  type Transport,
  type TransportStatus,
} from '../types.js';
import { loadRedisAuthState, type RedisAuthStore } from './auth-store.js';
import { baileysLogger } from './baileys-logger.js';
import { systemClock, type Clock, type RandomSource, type Timer } from './clock.js';
import { GroupMetadataCache } from './group-cache.js';
import { IdentityMap } from './identity.js';
import { chatToJid, isGroupJid, personFromJids, type PersonIds } from './jid.js';
import { NumberLease } from './lease.js';
import { MediaRefusedError, type MediaPolicy } from '../../media/policy.js';
import { guardedMedia, type MediaDownloader } from './media.js';
import { normalizeInbound, type NormalizeContext } from './normalize.js';
import { classifySendError, outboundParts, waMessageId } from './outbound.js';
import { terminalPresenter, type PairingInfo, type PairingPresenter, type PairingState } from './pairing.js';
import { DEFAULT_BACKOFF, decideOnClose, disconnectStatusCode, type BackoffOptions, type CloseDecision } from './reconnect-policy.js';
import { SentMessageStore } from './sent-store.js';
import { BaileysStats, type BaileysCounters, type BaileysMetricsSink } from './stats.js';
import type { CreateSocket, SocketLike, SocketOptions } from './socket.js';

export type ConnectionState =
  | 'idle'
  | 'standby'
  | 'connecting'
  | 'open'
  | 'reconnecting'
  | 'replaced'
  | 'logged_out'
  | 'forbidden'
  | 'mismatch'
  | 'stopped';

export interface TransportAlert {
  reason: 'replaced' | 'logged_out' | 'forbidden' | 'mismatch';
  detail: string;
}

export interface BaileysTransportDeps {
  redis: RedisClient;
  protector: DataProtector;
  logger: Logger;
  /** The bot's own number (digits): names the session, so each number has its own auth and lease. */
  number?: string;
  /** WA_PAIRING_NUMBER: pair with an 8-character code instead of a QR. */
  pairingNumber?: string;
  mediaMaxBytes: number;
  /** `append` (offline/replayed) messages older than this are not answered. */
  maxReplayAgeMs: number;
  leaseMs: number;
  keyPrefix: string;
  clock?: Clock;
  random?: RandomSource;
  createSocket?: CreateSocket;
  downloadMedia?: MediaDownloader;
  /** getMessage serves retries for messages sent within this window (default 15 min). */
  retryWindowMs?: number;
  groupMetadataTtlMs?: number;
  backoff?: BackoffOptions;
  metrics?: BaileysMetricsSink;
  presenter?: PairingPresenter;
  onAlert?: (alert: TransportAlert) => void;
  baileysLogLevel?: 'warn' | 'error' | 'silent';
}

export interface BaileysTransport extends Transport {
  readonly name: 'baileys';
  pairing(): PairingInfo;
  stats(): BaileysCounters;
  /** After a logout, replacement or mismatch: wipe nothing more, just connect again (a new QR/code). */
  relink(): Promise<void>;
  networkIds(outboundId: string): readonly string[];
  typing(chat: string): Promise<void>;
  reachoutLockedUntil(): number | undefined;
}

const ALERT_STATES = new Set<ConnectionState>(['replaced', 'logged_out', 'forbidden', 'mismatch']);

export function createBaileysTransport(deps: BaileysTransportDeps): BaileysTransport {
  return new BaileysWhatsApp(deps);
}

class BaileysWhatsApp implements BaileysTransport {
  readonly name = 'baileys' as const;
  private readonly clock: Clock;
  private readonly random: RandomSource;
  private readonly base: string;
  private readonly lease: NumberLease;
  private readonly identities: IdentityMap;
  private readonly sent: SentMessageStore;
  private readonly groups: GroupMetadataCache;
  private readonly counters: BaileysStats;
  private readonly presenter: PairingPresenter;
  private readonly media: MediaPolicy;
  private readonly inflight = new Set<Promise<void>>();
  private state: ConnectionState = 'idle';
  private detail: string | undefined;
  private accept: InboundHandler | undefined;
  private socket: SocketLike | undefined;
  private auth: RedisAuthStore | undefined;
  private holdsLease = false;
  private attempt = 0;
  private timer: Timer | undefined;
  private leaseTimer: Timer | undefined;
  private qr: string | undefined;
  private code: string | undefined;
  private codeRequested = false;
  /** While WhatsApp restricts new chats (reachout timelock): when that ends, epoch ms. */
  private reachoutLockedUntilMs: number | undefined;

  constructor(private readonly deps: BaileysTransportDeps) {
    this.clock = deps.clock ?? systemClock;
    this.random = deps.random ?? Math.random;
    const session = deps.number ? deps.protector.lookupHash(deps.number.replace(/\D/g, '')) : 'default';
    this.base = `${deps.keyPrefix}:wa:${session}`;
    this.lease = new NumberLease(deps.redis, `${this.base}:lease`, randomBytes(16).toString('hex'), deps.leaseMs);
    this.identities = new IdentityMap(deps.redis, deps.protector, this.base);
    this.sent = new SentMessageStore(deps.redis, deps.protector, this.base, deps.retryWindowMs ?? 15 * 60_000, () => this.clock.now());
    this.groups = new GroupMetadataCache(deps.groupMetadataTtlMs ?? 5 * 60_000, () => this.clock.now());
    this.counters = new BaileysStats(deps.metrics);
    this.presenter = deps.presenter ?? terminalPresenter;
    this.media = { maxBytes: deps.mediaMaxBytes };
  }

  // ---- Transport -------------------------------------------------------------------------

  async start(accept: InboundHandler): Promise<void> {
    this.accept = accept;
    this.setState('standby');
    await this.tryLease();
  }

  async send(message: ResolvedOutbound): Promise<void> {
    const socket = this.socket;
    if (this.state !== 'open' || !socket) {
      this.counters.failed('not_connected');
      throw new TransportUnavailableError(`whatsapp is ${this.state}`);
    }
    const jid = chatToJid(message.chat);
    if (!jid) {
      this.counters.failed('bad_chat');
      throw new UndeliverableError('not a WhatsApp chat id');
    }
    if (isGroupJid(jid)) await this.ensureGroupMetadata(socket, jid);
    for (const part of outboundParts(message)) await this.sendPart(socket, jid, part);
    this.counters.sent();
  }

  /** "typing…" in a person's chat (not in groups: many members, no one waiting for the bot there). */
  async typing(chat: string): Promise<void> {
    const socket = this.socket;
    const jid = chatToJid(chat);
    if (this.state !== 'open' || !socket || !jid || isGroupJid(jid)) return;
    await socket.sendPresenceUpdate('composing', jid);
  }

  reachoutLockedUntil(): number | undefined {
    const until = this.reachoutLockedUntilMs;
    return until !== undefined && until > this.clock.now() ? until : undefined;
  }

  /** A reply quotes one part of a message (text, image, document): each part's id, as outboundParts makes them. */
  networkIds(outboundId: string): readonly string[] {
    return [0, 1, 2].map((part) => waMessageId(outboundId, part));
  }

  /** WhatsApp keeps the chat on the phones; Loket keeps only the LID↔phone pair, which goes. */
  forget(chat: string, _markers: readonly string[]): Promise<void> {
    return this.identities.forget(chat);
  }

  status(): TransportStatus {
    const status: TransportStatus = { ready: this.state === 'open', state: this.state };
    if (this.detail) status.detail = this.detail;
    return status;
  }

  async stop(): Promise<void> {
    this.setState('stopped');
    this.cancelTimers();
    await this.dropSocket();
    await Promise.allSettled([...this.inflight]);
    await this.auth?.flush();
    if (this.holdsLease) await this.lease.release().catch(() => false);
    this.holdsLease = false;
  }

  // ---- Extras for the host ---------------------------------------------------------------

  pairing(): PairingInfo {
    const info: PairingInfo = { state: this.pairingState() };
    if (this.qr && info.state === 'qr') info.qr = this.qr;
    if (this.code && info.state === 'code') info.code = this.code;
    return info;
  }

  stats(): BaileysCounters {
    return this.counters.snapshot();
  }

  async relink(): Promise<void> {
    if (!ALERT_STATES.has(this.state) || !this.holdsLease) return;
    this.attempt = 0;
    await this.connect();
  }

  private pairingState(): PairingState {
    const byState: Partial<Record<ConnectionState, PairingState>> = {
      open: 'paired',
      standby: 'standby',
      idle: 'standby',
      logged_out: 'logged_out',
      forbidden: 'logged_out',
      stopped: 'stopped',
      replaced: 'down',
      mismatch: 'down',
    };
    if (this.state === 'connecting' && this.code) return 'code';
    if (this.state === 'connecting' && this.qr) return 'qr';
    return byState[this.state] ?? 'connecting';
  }

  // ---- Lease: one process per number ------------------------------------------------------

  private async tryLease(): Promise<void> {
    if (this.isStopped()) return;
    const acquired = await this.lease.acquire().catch((err: unknown) => this.leaseError(err));
    if (this.isStopped()) return;
    if (!acquired) {
      this.timer = this.clock.schedule(this.leaseStepMs(), () => void this.tryLease());
      return;
    }
    this.holdsLease = true;
    this.deps.logger.info({ event: 'wa_lease_acquired' }, 'holding the WhatsApp number lease');
    this.scheduleRenew();
    await this.connect();
  }

  private leaseError(err: unknown): false {
    this.deps.logger.warn({ event: 'wa_lease_error', err: errorMessage(err) }, 'lease check failed');
    return false;
  }

  private leaseStepMs(): number {
    return Math.max(50, Math.floor(this.deps.leaseMs / 3));
  }

  private scheduleRenew(): void {
    this.leaseTimer = this.clock.schedule(this.leaseStepMs(), () => void this.renewLease());
  }

  private async renewLease(): Promise<void> {
    const renewed = await this.lease.renew().catch((err: unknown) => this.leaseError(err));
    if (this.isStopped() || !this.holdsLease) return;
    if (renewed) return this.scheduleRenew();
    await this.loseLease();
  }

  /** Another process may own the number now: stop talking to WhatsApp at once and wait. */
  private async loseLease(): Promise<void> {
    this.deps.logger.warn({ event: 'wa_lease_lost' }, 'lost the WhatsApp number lease; disconnecting');
    this.holdsLease = false;
    this.cancelTimers();
    await this.dropSocket();
    this.auth = undefined;
    this.setState('standby');
    this.timer = this.clock.schedule(this.leaseStepMs(), () => void this.tryLease());
  }

  // ---- Socket lifecycle -------------------------------------------------------------------

  private async connect(): Promise<void> {
    if (!this.holdsLease || this.isStopped()) return;
    this.setState(this.attempt > 0 ? 'reconnecting' : 'connecting');
    try {
      await this.loadSession();
    } catch (err) {
      this.deps.logger.error({ event: 'wa_session_load_failed', err: errorMessage(err) }, 'cannot load the WhatsApp session');
      return this.backoff(decideOnClose(undefined, this.attempt, this.random, this.backoffOptions()));
    }
    if (!this.holdsLease || this.isStopped() || !this.auth) return;
    this.qr = undefined;
    this.code = undefined;
    this.codeRequested = false;
    const socket = (this.deps.createSocket ?? defaultCreateSocket)(this.socketOptions(this.auth));
    this.socket = socket;
    this.bind(socket, this.auth);
  }

  /** Auth state and identity map are loaded once per lease tenure, then kept across reconnects. */
  private async loadSession(): Promise<void> {
    if (this.auth) return;
    const auth = await loadRedisAuthState({ redis: this.deps.redis, protector: this.deps.protector, base: this.base });
    await this.identities.warm();
    this.auth = auth;
  }

  private socketOptions(auth: RedisAuthStore): SocketOptions {
    const logger = baileysLogger(this.deps.logger, this.deps.baileysLogLevel ?? 'warn');
    return {
      // Reads are cached in memory (Baileys reads keys on every message); writes go straight to Redis.
      auth: { creds: auth.state.creds, keys: makeCacheableSignalKeyStore(auth.state.keys, logger) },
      logger,
      markOnlineOnConnect: false,
      syncFullHistory: false,
      getMessage: (key) => this.sent.lookup(key).catch(() => undefined),
      cachedGroupMetadata: (jid) => Promise.resolve(this.groups.get(jid)),
    };
  }

  private bind(socket: SocketLike, auth: RedisAuthStore): void {
    socket.ev.on('connection.update', (update) => {
      if (socket !== this.socket) return;
      if (update.qr) this.onQr(socket, auth, update.qr);
      if (update.connection === 'open') this.onOpen();
      if (update.connection === 'close') void this.onClose(update.lastDisconnect?.error);
      if (update.reachoutTimeLock) this.onReachoutTimeLock(update.reachoutTimeLock);
    });
    socket.ev.on('creds.update', () => void auth.saveCreds().catch((err: unknown) => this.writeFailed('creds', err)));
    // Messages from a socket being replaced are still accepted: WhatsApp already has its receipt.
    socket.ev.on('messages.upsert', ({ messages, type }) => this.onUpsert(messages, type));
    socket.ev.on('lid-mapping.update', ({ lid, pn }) => this.learn([personFromJids(lid, pn)]));
    socket.ev.on('groups.update', (updates) => updates.forEach((u) => this.groups.invalidate(u.id)));
    socket.ev.on('group-participants.update', ({ id }) => this.groups.invalidate(id));
  }

  private onQr(socket: SocketLike, auth: RedisAuthStore, qr: string): void {
    const pairingNumber = this.deps.pairingNumber?.replace(/\D/g, '');
    if (!pairingNumber || auth.state.creds.registered) {
      this.qr = qr;
      this.presenter.qr(qr);
      return;
    }
    if (this.codeRequested) return;
    this.codeRequested = true;
    socket.requestPairingCode(pairingNumber).then(
      (code) => {
        this.code = code;
        this.presenter.code(code);
      },
      (err: unknown) => this.deps.logger.error({ event: 'wa_pairing_code_failed', err: errorMessage(err) }, 'pairing code request failed'),
    );
  }

  /** WhatsApp restricts starting chats (463) but keeps existing ones: bulk stops until it ends. */
  private onReachoutTimeLock(lock: { isActive?: boolean; timeEnforcementEnds?: Date }): void {
    const ends = lock.timeEnforcementEnds?.getTime();
    this.reachoutLockedUntilMs = lock.isActive === false ? undefined : ends ?? this.clock.now() + 24 * 3600_000;
    if (this.reachoutLockedUntilMs === undefined) return;
    this.deps.logger.warn({ event: 'wa_reachout_timelock', until: new Date(this.reachoutLockedUntilMs).toISOString() }, 'WhatsApp restricts new chats for this number');
  }

  private onOpen(): void {
    this.attempt = 0;
    this.qr = undefined;
    this.code = undefined;
    this.setState('open');
    this.deps.logger.info({ event: 'wa_connected' }, 'WhatsApp connection open');
  }

  private async onClose(error: unknown): Promise<void> {
    this.socket = undefined;
    if (this.isStopped()) return;
    const statusCode = disconnectStatusCode(error);
    const decision = decideOnClose(statusCode, this.attempt, this.random, this.backoffOptions());
    this.deps.logger.warn({ event: 'wa_disconnected', statusCode, action: decision.action }, 'WhatsApp connection closed');
    await this.act(decision, statusCode);
  }

  private async act(decision: CloseDecision, statusCode: number | undefined): Promise<void> {
    switch (decision.action) {
      case 'restart_now':
        this.counters.reconnect();
        return this.connect();
      case 'backoff':
        return this.backoff(decision);
      case 'stop_replaced':
        return this.halt('replaced', 'another WhatsApp Web client took over this session; not reconnecting');
      case 'stop_mismatch':
        return this.halt('mismatch', `multi-device mismatch (${statusCode}); not reconnecting`);
      case 'stop_logged_out':
        await this.auth?.clear().catch((err: unknown) => this.writeFailed('clear', err));
        this.auth = undefined;
        return this.halt(decision.reason, `${decision.reason} (${statusCode}): auth state cleared, pair the number again`);
    }
  }

  private backoff(decision: CloseDecision): void {
    if (decision.action !== 'backoff') return;
    this.attempt += 1;
    this.counters.reconnect();
    this.setState('reconnecting', `retry in ${decision.delayMs} ms`);
    this.timer = this.clock.schedule(decision.delayMs, () => void this.connect());
  }

  private halt(state: TransportAlert['reason'], detail: string): void {
    this.setState(state, detail);
    this.deps.logger.error({ event: 'wa_alert', alert: state }, detail);
    this.deps.onAlert?.({ reason: state, detail });
  }

  private async dropSocket(): Promise<void> {
    const socket = this.socket;
    this.socket = undefined;
    if (socket) await Promise.resolve(socket.end(undefined)).catch(() => undefined);
  }

  private cancelTimers(): void {
    this.timer?.cancel();
    this.leaseTimer?.cancel();
    this.timer = undefined;
    this.leaseTimer = undefined;
  }

  /** A method, not an inline comparison: the state changes across awaits. */
  private isStopped(): boolean {
    return this.state === 'stopped';
  }

  private setState(state: ConnectionState, detail?: string): void {
    this.state = state;
    this.detail = detail;
  }

  private backoffOptions(): BackoffOptions {
    return this.deps.backoff ?? DEFAULT_BACKOFF;
  }

  private writeFailed(what: string, err: unknown): void {
    this.deps.logger.error({ event: 'wa_auth_write_failed', what, err: errorMessage(err) }, 'could not persist WhatsApp auth state');
  }

  // ---- Inbound ----------------------------------------------------------------------------

  private onUpsert(messages: WAMessage[], type: MessageUpsertType): void {
    for (const message of messages) {
      const work = this.ingest(message, type);
      this.inflight.add(work);
      void work.finally(() => this.inflight.delete(work));
    }
  }

  private async ingest(message: WAMessage, type: MessageUpsertType): Promise<void> {
    const accept = this.accept;
    const normalized = normalizeInbound(message, type, this.normalizeContext());
    if (!normalized.ok) return this.counters.skipped(normalized.reason);
    if (!accept) return;
    let duplicate: boolean;
    try {
      ({ duplicate } = await accept(normalized.inbound));
    } catch (err) {
      this.counters.inbound('inbox_failed');
      this.deps.logger.error({ event: 'wa_inbox_failed', messageId: normalized.inbound.messageId, err: errorMessage(err) }, 'inbound message could not be stored');
      return;
    }
    this.counters.inbound(duplicate ? 'duplicate' : 'accepted');
    this.learn(normalized.people);
  }

  private normalizeContext(): NormalizeContext {
    return {
      now: this.clock.now(),
      maxReplayAgeMs: this.deps.maxReplayAgeMs,
      resolve: (person) => this.identities.resolve(person),
      media: (message, meta, kind) => this.logFailures(message, guardedMedia(message, kind, meta, this.media, this.deps.downloadMedia ?? this.defaultDownloader)),
    };
  }

  /** A failed download is logged here; the host still accepts the message (as media it could not fetch). */
  private logFailures(message: WAMessage, media: InboundMedia): InboundMedia {
    const download = media.download;
    media.download = () =>
      download().catch((err: unknown) => {
        if (!(err instanceof MediaRefusedError)) {
          this.deps.logger.warn({ event: 'wa_media_download_failed', messageId: message.key.id, err: errorMessage(err) }, 'inbound media could not be downloaded');
        }
        throw err;
      });
    return media;
  }

  private readonly defaultDownloader: MediaDownloader = async (message) => {
    const socket = this.socket;
    if (!socket) throw new TransportUnavailableError('cannot download media: whatsapp not connected');
    const logger = baileysLogger(this.deps.logger, 'error');
    return downloadMediaMessage(message, 'stream', {}, { logger, reuploadRequest: (m) => socket.updateMediaMessage(m) });
  };

  private learn(people: PersonIds[]): void {
    for (const person of people) {
      const work = this.identities.learn(person).catch((err: unknown) =>
        this.deps.logger.warn({ event: 'wa_identity_write_failed', err: errorMessage(err) }, 'could not store a LID/phone mapping'),
      );
      this.inflight.add(work);
      void work.finally(() => this.inflight.delete(work));
    }
  }

  // ---- Outbound ---------------------------------------------------------------------------

  private async sendPart(socket: SocketLike, jid: string, part: ReturnType<typeof outboundParts>[number]): Promise<void> {
    let sent: WAMessage | undefined;
    try {
      sent = await socket.sendMessage(jid, part.content, { messageId: part.messageId });
    } catch (err) {
      throw this.sendFailed(err, jid);
    }
    await this.sent.remember(sent).catch((err: unknown) =>
      this.deps.logger.warn({ event: 'wa_sent_cache_failed', err: errorMessage(err) }, 'could not keep a sent message for retries'),
    );
  }

  private async ensureGroupMetadata(socket: SocketLike, jid: string): Promise<void> {
    if (this.groups.get(jid)) return;
    try {
      this.groups.set(await socket.groupMetadata(jid));
    } catch (err) {
      throw this.sendFailed(err, jid);
    }
  }

  private sendFailed(err: unknown, jid: string): Error {
    const failure = classifySendError(err);
    this.counters.failed(failure.reason);
    this.deps.logger.warn({ event: 'wa_send_failed', to: maskChat(jid), reason: failure.reason }, 'WhatsApp send failed');
    if (failure.kind === 'unavailable') return new TransportUnavailableError(failure.reason);
    if (failure.kind === 'rate_limited') return new RateLimitedError(failure.reason);
    if (failure.kind === 'reachout_locked') return new ReachoutLockedError(this.reachoutLockedUntil());
    if (failure.kind === 'undeliverable') return new UndeliverableError(failure.reason);
    return err instanceof Error ? err : new Error(failure.reason);
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const defaultCreateSocket: CreateSocket = (opts) => makeWASocket(opts);
