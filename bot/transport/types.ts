// The edge's port: every WhatsApp-like network (the simulator, Baileys) is reduced to these shapes.
import type { InputKind } from '../../flows/engine/types.js';

export type InboundKind = InputKind | 'reaction' | 'edit' | 'delete';

/** Media as the network describes it; whether it is fetched is decided by bot/media/policy.ts. */
export interface InboundMedia {
  mimetype: string;
  /** Size in bytes as announced by the sender (checked before any download); absent when none was given. */
  size?: number;
  filename?: string;
  /** Fetches the bytes; only called for media the policy stores, and never for more than the limit. */
  download: () => Promise<Buffer>;
}

export interface Inbound {
  /** Unique per message across redeliveries: the dedupe key. */
  messageId: string;
  /** Where replies go: phone digits for a direct chat, `<id>@g.us` for a group, `<id>@lid` when no phone is known. */
  chat: string;
  /** The person who wrote: phone digits, or `<id>@lid`. */
  sender: string;
  /** The sender's phone digits when known. */
  senderPhone?: string;
  isGroup: boolean;
  kind: InboundKind;
  text?: string;
  media?: InboundMedia;
  location?: { latitude: number; longitude: number };
  /** Epoch ms when the message was sent. */
  at: number;
}

export interface OutboundMediaRef {
  /** A ref in the encrypted media store. */
  ref: string;
  mimetype: string;
  filename?: string;
  caption?: string;
}

export interface Outbound {
  /** Idempotency id: sending the same id twice delivers once where the network allows. */
  id: string;
  chat: string;
  text?: string;
  image?: OutboundMediaRef;
  document?: OutboundMediaRef;
  /** Carries a secret (the OSS one-time code): its job is removed as soon as it is done. */
  ephemeral?: boolean;
  /** Delivery is recorded on the case, and a recorded delivery is never repeated (the NIB relay). */
  track?: { caseId: string; kind: 'nib' };
  /** The media is the applicant's, passed on to staff: once delivered, Loket keeps no copy. */
  dropMediaAfterSend?: boolean;
}

/** Outbound with its media bytes resolved, as a transport sends it. */
export interface ResolvedOutbound {
  id: string;
  chat: string;
  text?: string;
  image?: { mimetype: string; data: Buffer; caption?: string };
  document?: { mimetype: string; filename: string; data: Buffer; caption?: string };
}

/** The network is down for everyone: retry later, keep the order. */
export class TransportUnavailableError extends Error {
  constructor(message = 'transport not connected') {
    super(message);
    this.name = 'TransportUnavailableError';
  }
}

/** This one message can never be delivered (bad recipient, rejected content). */
export class UndeliverableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndeliverableError';
  }
}

export interface TransportStatus {
  ready: boolean;
  state: string;
  detail?: string;
}

export type InboundHandler = (message: Inbound) => Promise<{ duplicate: boolean }>;

export interface Transport {
  readonly name: 'sim' | 'baileys';
  /** Begin receiving; `accept` resolves only once the message is durably in the inbox. */
  start(accept: InboundHandler): Promise<void>;
  send(message: ResolvedOutbound): Promise<void>;
  /**
   * Erasure (HAPUS DATA): forgets what the network layer keeps about this person (Baileys' LID map,
   * the simulated phones' screens), and every kept message that names one of `markers` (case ids,
   * ticket refs).
   */
  forget(chat: string, markers: readonly string[]): Promise<void>;
  status(): TransportStatus;
  stop(): Promise<void>;
}
