// The narrow part of Baileys' WASocket the transport uses. Tests pass a fake whose `ev` is Baileys'
// own event buffer and whose events are built from Baileys' proto types.
import type {
  AnyMessageContent,
  BaileysEventEmitter,
  Contact,
  GroupMetadata,
  MiscMessageGenerationOptions,
  UserFacingSocketConfig,
  WAMessage,
  WAPresence,
} from '@whiskeysockets/baileys';

export interface SocketLike {
  ev: BaileysEventEmitter;
  user?: Contact | undefined;
  sendMessage(jid: string, content: AnyMessageContent, options?: MiscMessageGenerationOptions): Promise<WAMessage | undefined>;
  /** 'composing' shows "typing…" in the chat (a fire-and-forget chatstate node, no answer awaited). */
  sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void>;
  groupMetadata(jid: string): Promise<GroupMetadata>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  updateMediaMessage(message: WAMessage): Promise<WAMessage>;
  end(error: Error | undefined): void | Promise<void>;
}

export type SocketOptions = Pick<
  UserFacingSocketConfig,
  'auth' | 'logger' | 'markOnlineOnConnect' | 'syncFullHistory' | 'getMessage' | 'cachedGroupMetadata'
>;

export type CreateSocket = (opts: SocketOptions) => SocketLike;
