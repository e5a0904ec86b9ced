// A message as it arrives from any WhatsApp-like network (the simulator, Baileys), before it is
// stored in the inbox. The transports in bot/transport/ produce it.
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
  /** A reply's quoted message: its id as the network gave it (WhatsApp's stanzaId). */
  quotedId?: string;
  /** Epoch ms when the message was sent. */
  at: number;
}
