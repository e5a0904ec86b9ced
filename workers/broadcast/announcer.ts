// SIARAN <text> from the coordinators' group: the announcement, worded for each recipient's language
// around the coordinators' own text, queued for everyone who agreed (broadcast.ts paces it).
import { createHash } from 'node:crypto';
import { generateCaseIdFromBytes } from '../../flows/casework/case-id.js';
import { BROADCAST_MAX_CHARS, broadcastMinutes } from '../../flows/casework/coordination.js';
import { translator } from '../../flows/i18n/index.js';
import type { Command } from '../casework/coordination.js';
import type { Notice } from '../casework/notice.js';
import type { Logger } from '../platform/logger.js';
import type { AudienceStore } from './audience.js';
import type { BroadcastQueue } from './broadcast.js';

export interface AnnouncerDeps {
  audience: AudienceStore;
  letters: BroadcastQueue;
  perMinute: number;
  logger: Logger;
}

const staff = translator('id');

/** SR-XXXXX, fixed by the command's inbox entry: the same SIARAN handled again has the same reference. */
export function broadcastRef(cause: string): string {
  return `SR-${generateCaseIdFromBytes(createHash('sha256').update(cause).digest()).slice(3)}`;
}

export class Announcer {
  constructor(private readonly deps: AnnouncerDeps) {}

  async broadcast(command: Command, text: string): Promise<Notice[]> {
    const answer = (line: string): Notice[] => [{ to: command.group, text: line }];
    if (text.length > BROADCAST_MAX_CHARS) return answer(staff('coBroadcastTooLong', { count: String(text.length), max: String(BROADCAST_MAX_CHARS) }));
    const ref = broadcastRef(command.cause);
    const letters: { recipient: string; chat: string; text: string }[] = [];
    for await (const member of this.deps.audience.members()) {
      letters.push({ recipient: member.key, chat: member.chat, text: translator(member.lang)('apAnnouncement', { text }) });
    }
    if (letters.length === 0) return answer(staff('coBroadcastNobody'));
    await this.deps.letters.send(ref, letters);
    this.deps.logger.info({ ref, recipients: letters.length }, 'announcement queued');
    const minutes = String(broadcastMinutes(letters.length, this.deps.perMinute));
    return answer(staff('coBroadcastQueued', { ref, count: String(letters.length), minutes }));
  }
}
