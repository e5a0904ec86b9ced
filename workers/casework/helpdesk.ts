// A person when the conversation is not enough: help requests (PETUGAS, or an applicant stuck on a
// question) go to the operators of the applicant's desk, or the coordinators' group when nobody covers
// it; complaints (ADUAN) go to the coordinators' group and the case log. Each gets a reference
// (BT-…, AD-…) that staff answer with BALAS; the answer reaches the applicant through their own inbox,
// so it is sequenced with their messages and their intake resumes where it was. Tickets are sealed
// in Redis and expire; an applicant's erasure removes theirs.
import { createHmac } from 'node:crypto';
import type { RedisClient } from '../platform/redis-client.js';
import type { FlowInput, StoredMedia } from '../../flows/engine/types.js';
import { translator } from '../../flows/i18n/index.js';
import { maskPersonal } from '../../flows/understand/mask.js';
import type { VillageIndex } from '../../flows/area/villages.js';
import { areaCovers } from '../../flows/casework/desk.js';
import type { CaseStore } from '../cases/store.js';
import { CASE_ID_RANDOM_BYTES, generateTicketRefFromBytes, type TicketKind } from '../../flows/casework/case-id.js';
import type { DataProtector } from '../platform/crypto.js';
import { maskDigits } from '../platform/logger.js';
import type { RosterStore, StaffMember } from '../staff/roster.js';
import type { Actor } from './casework.js';
import type { Notice } from './notice.js';

/** Tickets are answered within days; after a month a reply would only confuse. */
export const TICKET_TTL_SECONDS = 30 * 24 * 3600;

interface Ticket {
  ref: string;
  /** The inbox entry that raised it: handling that entry again finds this ticket, not a second one. */
  source: string;
  kind: TicketKind;
  chat: string;
  createdAt: number;
  villageCode?: string;
  caseId?: string;
  /** Who was told: staff keys, or the coordinators' group. */
  told: string[] | 'group';
  /** The staff key of whoever answered last: later messages go to them. */
  helper?: string;
}

export interface HelpRequest {
  chat: string;
  reason: 'asked' | 'stuck';
  question: string;
  recent: string[];
  villageCode?: string;
  /** After submission: the applicant's case, whose holder (or desk) is asked first. */
  caseId?: string;
}

export interface HelpdeskDeps {
  redis: RedisClient;
  protector: DataProtector;
  prefix: string;
  roster: RosterStore;
  cases: CaseStore;
  villages: VillageIndex;
  coordinatorGroup: string;
  clock: () => number;
}

/** What staff answering BALAS produces: notices for them, and the message for the applicant's inbox. */
export interface Reply {
  notices: Notice[];
  toApplicant?: { chat: string; ref: string; name: string; text: string };
}

const t = translator('id');

/** A help request shows the gist of each recent message, so the notice stays one bubble. */
const RECENT_LINE_CHARS = 80;

function shorten(line: string): string {
  return line.length > RECENT_LINE_CHARS ? `${line.slice(0, RECENT_LINE_CHARS - 1)}…` : line;
}

export class Helpdesk {
  constructor(private readonly deps: HelpdeskDeps) {}

  private key(ref: string): string {
    return `${this.deps.prefix}:ticket:${ref}`;
  }

  private indexKey(chat: string): string {
    return `${this.deps.prefix}:tickets:${this.deps.protector.lookupHash(`applicant:${chat}`)}`;
  }

  /** A reference derived from the raising entry, stored only if free (a retried entry gets the same one back). */
  private async open(kind: TicketKind, source: string, fill: (ref: string) => Ticket): Promise<{ ticket: Ticket; created: boolean }> {
    for (let round = 0; ; round++) {
      const digest = createHmac('sha256', 'loket-ticket').update(`${this.deps.protector.lookupHash(source)}:${round}`).digest();
      const ref = generateTicketRefFromBytes(kind, digest.subarray(0, CASE_ID_RANDOM_BYTES));
      const ticket = fill(ref);
      const key = this.key(ref);
      // Indexed first: a crash before the ticket leaves only a harmless dangling ref, never an unerasable ticket.
      await this.indexed(ticket);
      const created = await this.deps.redis.set(key, this.deps.protector.sealJson(ticket, key), 'EX', TICKET_TTL_SECONDS, 'NX');
      if (created === 'OK') return { ticket, created: true };
      const existing = await this.get(ref);
      if (existing?.source === source) return { ticket: existing, created: false };
    }
  }

  private async indexed(ticket: Ticket): Promise<Ticket> {
    const index = this.indexKey(ticket.chat);
    await this.deps.redis.multi().sadd(index, ticket.ref).expire(index, TICKET_TTL_SECONDS).exec();
    return ticket;
  }

  private async save(ticket: Ticket): Promise<void> {
    const key = this.key(ticket.ref);
    await this.deps.redis.set(key, this.deps.protector.sealJson(ticket, key), 'KEEPTTL');
  }

  async get(ref: string): Promise<Ticket | undefined> {
    const key = this.key(ref);
    const sealed = await this.deps.redis.get(key);
    return sealed === null ? undefined : (this.deps.protector.openJson(sealed, key) as Ticket);
  }

  /** HAPUS DATA: the applicant's tickets go with the rest. */
  /** Erasure: drops the applicant's tickets; returns their refs, which staff messages name. */
  async eraseFor(chat: string): Promise<string[]> {
    const index = this.indexKey(chat);
    const refs = await this.deps.redis.smembers(index);
    await this.deps.redis.del(index, ...refs.map((ref) => this.key(ref)));
    return refs;
  }

  /** The village's operators, else the kecamatan's, else DPMPTSP's; none: the coordinators' group. */
  private async deskFor(villageCode: string | undefined): Promise<StaffMember[]> {
    const operators = (await this.deps.roster.list()).filter((m) => m.active && m.role === 'operator');
    const village = villageCode === undefined ? undefined : this.deps.villages.byCode(villageCode);
    const levels = [village?.code, village?.districtCode, this.deps.villages.regencyCode].filter((c): c is string => c !== undefined);
    for (const code of levels) {
      const desk = operators.filter((m) => m.areas.includes(code));
      if (desk.length > 0) return desk;
    }
    return [];
  }

  private place(villageCode: string | undefined): string {
    const village = villageCode === undefined ? undefined : this.deps.villages.byCode(villageCode);
    return village ? t('opHelpPlace', { village: village.name, district: village.districtName }) : t('opHelpPlaceUnknown');
  }

  /** Whom to ask about a submitted case: its active holder, else the active operators of its desk. */
  private async caseHelpers(caseId: string | undefined): Promise<{ members: StaffMember[]; villageCode?: string }> {
    const record = caseId === undefined ? undefined : await this.deps.cases.get(caseId);
    if (!record) return { members: [] };
    const villageCode = (record.dossier as { business?: { address?: { villageCode?: string } } }).business?.address?.villageCode;
    const holder = record.fields.claimedBy ? await this.deps.roster.getByKey(record.fields.claimedBy) : undefined;
    const deskCode = record.fields.deskCode;
    const desk = (await this.deps.roster.list()).filter((m) => m.active && m.role === 'operator' && deskCode !== undefined && m.areas.includes(deskCode));
    return { members: holder?.active ? [holder] : desk, ...(villageCode ? { villageCode } : {}) };
  }

  async request(source: string, help: HelpRequest): Promise<{ ref: string; notices: Notice[] }> {
    const ofCase = await this.caseHelpers(help.caseId);
    const villageCode = help.villageCode ?? ofCase.villageCode;
    const desk = ofCase.members.length > 0 ? ofCase.members : await this.deskFor(villageCode);
    const told = desk.length === 0 ? 'group' : desk.map((m) => this.deps.roster.staffKey(m.phone));
    const { ticket: { ref } } = await this.open('help', source, (ref) => ({
      ref, source, kind: 'help', chat: help.chat, createdAt: this.deps.clock(), told, ...(villageCode ? { villageCode } : {}), ...(help.caseId ? { caseId: help.caseId } : {}),
    }));
    const text = t('opHelpRequest', {
      ref, applicant: maskDigits(help.chat), place: this.place(villageCode), question: help.caseId ?? help.question,
      recent: help.recent.length === 0 ? t('opHelpNoRecent') : help.recent.map((line) => `• ${shorten(maskPersonal(line))}`).join('\n'),
      why: t(help.reason === 'asked' ? 'opHelpWhyAsked' : 'opHelpWhyStuck'),
    });
    const to = desk.length === 0 ? [this.deps.coordinatorGroup] : desk.map((m) => m.phone);
    return { ref, notices: to.map((chat) => ({ to: chat, text })) };
  }

  async complain(source: string, complaint: { chat: string; text: string; caseId?: string }): Promise<{ ref: string; notices: Notice[] }> {
    const now = this.deps.clock();
    const { ticket } = await this.open('complaint', source, (ref) => ({
      ref, source, kind: 'complaint', chat: complaint.chat, createdAt: now, told: 'group', ...(complaint.caseId ? { caseId: complaint.caseId } : {}),
    }));
    const { ref } = ticket;
    if (complaint.caseId) await this.deps.cases.appendEventOnce(complaint.caseId, source, { at: now, actor: 'applicant', type: 'complaint', detail: { ref, text: complaint.text } });
    const text = t('coComplaint', { ref, applicant: maskDigits(complaint.chat), caseId: complaint.caseId ?? '-', text: maskPersonal(complaint.text) });
    return { ref, notices: [{ to: this.deps.coordinatorGroup, text }] };
  }

  /** Who hears the applicant's next messages: whoever answered, else everyone who was told. */
  private async helpers(ticket: Ticket): Promise<string[]> {
    const keys = ticket.helper ? [ticket.helper] : ticket.told === 'group' ? [] : ticket.told;
    if (keys.length === 0) return [this.deps.coordinatorGroup];
    const members = await Promise.all(keys.map((key) => this.deps.roster.getByKey(key)));
    const phones = members.filter((m): m is StaffMember => m !== undefined && m.active).map((m) => m.phone);
    return phones.length > 0 ? phones : [this.deps.coordinatorGroup];
  }

  /** A message the form could not use, passed on while a person is helping. */
  async forward(ref: string, chat: string, input: FlowInput): Promise<Notice[]> {
    const ticket = await this.get(ref);
    if (!ticket || ticket.chat !== chat) return [];
    const to = await this.helpers(ticket);
    const media: StoredMedia | undefined = input.media && 'ref' in input.media ? input.media : undefined;
    // A passed-on file is deleted once delivered, so it goes to one helper; the others are told.
    if (media) {
      const [first, ...others] = to;
      const file: Notice = { to: first ?? this.deps.coordinatorGroup, document: { ref: media.ref, mimetype: media.mimetype, caption: t('opHelpForwardMedia', { ref }) }, dropMedia: true };
      return [file, ...others.map((phone) => ({ to: phone, text: t('opHelpForwardMedia', { ref }) }))];
    }
    const text = t('opHelpForward', { ref, text: maskPersonal(input.text ?? `[${input.kind}]`) });
    return to.map((phone) => ({ to: phone, text }));
  }

  /** Coordinators answer anything; operators the help requests they were told of or whose village they cover. */
  private mayAnswer(actor: Actor, ticket: Ticket): boolean {
    if (actor.member.role === 'coordinator') return true;
    if (ticket.kind !== 'help') return false;
    if (ticket.told !== 'group' && ticket.told.includes(actor.key)) return true;
    const place = ticket.villageCode ?? this.deps.villages.regencyCode;
    return actor.member.areas.some((area) => areaCovers(area, place));
  }

  /** BALAS <ref> <text>: from a desk member (or a coordinator) to the applicant, who is then theirs to help. */
  async reply(actor: Actor, ref: string, text: string, source: string, answerTo: string = actor.member.phone): Promise<Reply> {
    const ticket = await this.get(ref);
    const to = answerTo;
    if (!ticket) return { notices: [{ to, text: t('opReplyUnknown', { ref }) }] };
    if (!this.mayAnswer(actor, ticket)) return { notices: [{ to, text: t('opReplyNotYours', { ref }) }] };
    await this.save({ ...ticket, helper: actor.key });
    if (ticket.caseId) await this.deps.cases.appendEventOnce(ticket.caseId, source, { at: this.deps.clock(), actor: `staff:${actor.key}`, type: `${ticket.kind}_answered`, detail: { ref } });
    return { notices: [{ to, text: t('opReplySent', { ref }) }], toApplicant: { chat: ticket.chat, ref, name: actor.member.name, text } };
  }
}
