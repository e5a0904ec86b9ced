// Test support for the pure conversation: a small synthetic service area, settings, and a transcript
// driver that feeds messages and triggers to resume() and checks every session survives a JSON
// round-trip through sessionSchema (as it does through Redis between messages).
import { expect } from 'vitest';
import { buildVillageIndex, type District, type Village } from '../../../flows/area/villages.js';
import type { CaseStatusView, Effect, FlowInput, ResumeResult, Trigger } from '../../../flows/engine/types.js';
import { resume, sessionSchema, type FlowDeps, type FlowSettings, type Session } from '../../../flows/index.js';
import type { OfficeHours } from '../../../flows/worktime/index.js';

const DISTRICTS: District[] = [
  { code: '35.05.01', name: 'Bakung' },
  { code: '35.05.05', name: 'Kademangan' },
  { code: '35.05.17', name: 'Sanankulon' },
];

function village(code: string, name: string, districtCode: string): Village {
  const district = DISTRICTS.find((d) => d.code === districtCode)!;
  return { code, name, districtCode, districtName: district.name };
}

/** "Sumberjo" exists twice in Kademangan (desa and kelurahan) and once in Bakung: ambiguous on purpose. */
const VILLAGES: Village[] = [
  village('35.05.01.2001', 'Sumberjo', '35.05.01'),
  village('35.05.01.2002', 'Bakung', '35.05.01'),
  village('35.05.05.2003', 'Sumberjo', '35.05.05'),
  village('35.05.05.1001', 'Sumberjo', '35.05.05'),
  village('35.05.05.2004', 'Plumpungrejo', '35.05.05'),
  village('35.05.17.2007', 'Sumberejo', '35.05.17'),
  village('35.05.17.2008', 'Sanankulon', '35.05.17'),
];

const MINUTES = 60;

/** LOSS DOL hours: Mon–Thu 08:00–15:00, Fri 08:00–14:30 WIB. */
export const OFFICE_HOURS: OfficeHours = {
  timeZone: 'Asia/Jakarta',
  weekly: [null, ...Array.from({ length: 4 }, () => ({ open: 8 * MINUTES, close: 15 * MINUTES })), { open: 8 * MINUTES, close: 14.5 * MINUTES }, null],
  holidays: new Set<string>(),
};

export const SETTINGS: FlowSettings = {
  consentVersion: 'pdp-2025-01',
  officeHours: OFFICE_HOURS,
  serviceAreaName: 'Kabupaten Blitar',
  reminderAfterMs: 2 * 60 * 60 * 1000,
  expireAfterMs: 24 * 60 * 60 * 1000,
  mediaMaxBytes: 5 * 1024 * 1024,
  deskCapitalLimit: 50_000_000,
};

export function testDeps(settings: Partial<FlowSettings> = {}): FlowDeps {
  return {
    villages: buildVillageIndex({ code: '35.05', name: 'Kabupaten Blitar' }, DISTRICTS, VILLAGES),
    settings: { ...SETTINGS, ...settings },
  };
}

/** Monday 2025-03-03 10:00 WIB: the office is open. */
export const MONDAY_10_WIB = Date.UTC(2025, 2, 3, 3, 0);
/** Saturday 2025-03-08 10:00 WIB: closed until Monday 08:00. */
export const SATURDAY_10_WIB = Date.UTC(2025, 2, 8, 3, 0);

export const SENDER_PHONE = '6281234567890';

export type Send = string | FlowInput;

export class Transcript {
  session: Session | undefined;
  now: number;
  last: ResumeResult<Session> = { session: null, replies: [], effects: [] };
  readonly deps: FlowDeps;

  constructor(options: { now?: number; deps?: FlowDeps; senderPhone?: string } = {}) {
    this.now = options.now ?? MONDAY_10_WIB;
    this.deps = options.deps ?? testDeps();
    this.senderPhone = options.senderPhone;
  }

  private readonly senderPhone: string | undefined;

  send(message: Send, afterMs = 60_000): ResumeResult<Session> {
    const input: FlowInput = typeof message === 'string' ? { kind: 'text', text: message } : message;
    const withPhone = this.senderPhone && input.senderPhone === undefined ? { ...input, senderPhone: this.senderPhone } : input;
    return this.trigger({ type: 'message', input: withPhone }, afterMs);
  }

  trigger(trigger: Trigger, afterMs = 0): ResumeResult<Session> {
    this.now += afterMs;
    const result = resume(this.deps, this.session, trigger, this.now);
    this.last = result;
    this.session = result.session === null ? undefined : roundTrip(result.session);
    return result;
  }

  /** Sends each message in turn; returns the last result. */
  sendAll(messages: readonly Send[]): ResumeResult<Session> {
    for (const message of messages) this.send(message);
    return this.last;
  }

  get at(): string | undefined {
    return this.session?.mode === 'intake' ? this.session.at : this.session?.mode;
  }

  text(): string {
    return this.last.replies.map((r) => r.text).join('\n---\n');
  }

  effects<T extends Effect['type']>(type: T): Extract<Effect, { type: T }>[] {
    return this.last.effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
  }

  statusReport(cases: CaseStatusView[]): ResumeResult<Session> {
    return this.trigger({ type: 'status_report', cases });
  }
}

/** What the host does between two messages: JSON in Redis, then zod on load. */
export function roundTrip(session: Session): Session {
  const loaded = sessionSchema.parse(JSON.parse(JSON.stringify(session)));
  expect(loaded).toEqual(session);
  return loaded;
}

export const NIK_WOMAN_1985 = '3505015203850001';

/**
 * Answers that walk the longest path through the form: an existing NIB, WhatsApp hiding the number,
 * an email typo, three activities then one, an unusually small capital, another address, an
 * ambiguous village. The remaining steps are reached from the summary only (SUMMARY_ONLY_STEPS).
 */
export const EVERY_STEP_PATH: readonly (readonly [step: string, answer: Send])[] = [
  ['has_nib', 'sudah'],
  ['existing_nib', '1234567890123'],
  ['amendment_what', '1'],
  ['legal_form', '1'],
  ['nik', NIK_WOMAN_1985],
  ['full_name', 'Siti Aminah'],
  ['ktp_address', 'Dusun Krajan RT 02 RW 01, Desa Sumberejo'],
  ['ktp_photo', 'lewati'],
  ['phone', '0812 9876 5432'],
  ['email', 'siti.aminah@gmial.com'],
  ['email_fix', 'ya'],
  ['activity', 'warung makan nasi pecel'],
  ['kbli_pick', '1, 2 dan 3'],
  ['kbli_many', 'tidak'],
  ['kbli_pick', '1'],
  ['business_name', 'Warung Bu Siti'],
  ['operating', 'sudah'],
  ['capital', '15'],
  ['capital_confirm', 'ya'],
  ['land_area', '4x5 meter'],
  ['workers', '2'],
  ['same_address', 'tidak'],
  ['business_address', 'Jl. Raya No. 5 RT 01 RW 03'],
  ['village', 'sumberjo'],
  ['village_district', '2'],
  ['village_pick', '1'],
];

/** Questions only asked when the applicant changes their line of the summary. */
export const SUMMARY_ONLY_STEPS = ['npwp', 'activity_more', 'products', 'postal_code'] as const;

/** A transcript with consent given, positioned at the first time `step` is asked along EVERY_STEP_PATH. */
export function atStep(step: string, options: ConstructorParameters<typeof Transcript>[0] = {}): Transcript {
  const t = new Transcript(options);
  t.sendAll(['halo', 'ya']);
  for (const [id, answer] of EVERY_STEP_PATH) {
    if (t.at === step) return t;
    // The phone is only asked when WhatsApp hides the sender's number.
    if (id === 'phone' && t.at !== id) continue;
    expect(t.at).toBe(id);
    t.send(answer);
  }
  expect(t.at).toBe(step);
  return t;
}
