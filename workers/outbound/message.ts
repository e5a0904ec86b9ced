// A message to send, as handlers produce it and the outbound queue carries it, and the port the
// outbound worker sends through (a transport in bot/transport/ implements it).

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
  /** A notice about a case: a reply quoting it finds the case (workers/casework/quotes.ts). */
  about?: { caseId: string };
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

/** WhatsApp said 429 (rate-overlimit): this number sends too fast; retry later, slower. */
export class RateLimitedError extends Error {
  constructor(message = 'rate limited by the network') {
    super(message);
    this.name = 'RateLimitedError';
  }
}

/**
 * WhatsApp said 463 (reachout timelock): the number may not start new chats for a while, but may
 * still answer in existing ones. `untilMs` is when the restriction ends, when known.
 */
export class ReachoutLockedError extends Error {
  constructor(readonly untilMs?: number) {
    super('new chats are restricted for this number (reachout timelock)');
    this.name = 'ReachoutLockedError';
  }
}

/** What the outbound worker needs of a network. */
export interface Sender {
  send(message: ResolvedOutbound): Promise<void>;
  /** Shows "typing…" in the chat until the next message is sent (or for about 10 s); best effort. */
  typing?(chat: string): Promise<void>;
  /** When the network has restricted new chats (reachout timelock): when that ends (epoch ms). */
  reachoutLockedUntil?(): number | undefined;
}
