// The edge's port: every WhatsApp-like network (the simulator, Baileys) is reduced to these shapes.
// The message shapes themselves belong to the inbox and the outbound queue, below the edge.
import type { Inbound } from '../../workers/inbox/inbound.js';
import type { Sender } from '../../workers/outbound/message.js';

export type { Inbound, InboundKind, InboundMedia } from '../../workers/inbox/inbound.js';
export { RateLimitedError, ReachoutLockedError, TransportUnavailableError, UndeliverableError } from '../../workers/outbound/message.js';
export type { Outbound, OutboundMediaRef, ResolvedOutbound } from '../../workers/outbound/message.js';

export interface TransportStatus {
  ready: boolean;
  state: string;
  detail?: string;
}

export type InboundHandler = (message: Inbound) => Promise<{ duplicate: boolean }>;

export interface Transport extends Sender {
  readonly name: 'sim' | 'baileys';
  /** Begin receiving; `accept` resolves only once the message is durably in the inbox. */
  start(accept: InboundHandler): Promise<void>;
  /**
   * Erasure (HAPUS DATA): forgets what the network layer keeps about this person (Baileys' LID map,
   * the simulated phones' screens), and every kept message that names one of `markers` (case ids,
   * ticket refs).
   */
  forget(chat: string, markers: readonly string[]): Promise<void>;
  status(): TransportStatus;
  stop(): Promise<void>;
  /**
   * The ids the network will give the message sent for this outbound id, as a reply quotes them;
   * the outbound id itself when absent (the simulator).
   */
  networkIds?(outboundId: string): readonly string[];
}
