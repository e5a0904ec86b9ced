// What the inbox holds for a chat: an inbound message (media already stored) or an internal trigger
// (a timer, a case event) that must be sequenced with the chat's messages.
import type { Trigger, StoredMedia, RefusedMedia } from '../../flows/engine/types.js';
import type { Inbound } from './inbound.js';

export interface StoredInbound extends Omit<Inbound, 'media'> {
  media?: StoredMedia | RefusedMedia;
}

export type InboxEntry =
  | { id: string; chat: string; acceptedAt: number; type: 'message'; message: StoredInbound }
  | { id: string; chat: string; acceptedAt: number; type: 'trigger'; trigger: Trigger };
