// The staff roster: operators and coordinators with the areas they serve, kept in one Redis hash.
// Phones and names are personal data, so each member is sealed at rest and filed under a keyed hash of
// its phone (the staff key); other records (claims, events) store that key, never the phone.
import type { Result } from 'ioredis';
import type { RedisClient } from '../platform/redis-client.js';
import { z } from 'zod';
import { parseMobilePhone, type PhoneReason } from '../../flows/validators/phone.js';
import type { DataProtector } from '../platform/crypto.js';
import { defineScript } from '../platform/redis.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    replaceStaff(hash: string, field: string, expected: string, replacement: string): Result<number, Context>;
  }
}

export type StaffRole = 'operator' | 'coordinator';

export interface StaffMember {
  /** International digits: "6281234500001". */
  phone: string;
  name: string;
  role: StaffRole;
  /** Kemendagri codes: regency "35.05" (the whole service area), kecamatan "35.05.02", village "35.05.02.2007". */
  areas: string[];
  maxOpenCases: number;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

export type StaffInput = { phone: string; name: string; role: StaffRole; areas: string[]; maxOpenCases?: number; active?: boolean };
export type StaffPatch = Partial<Omit<StaffInput, 'phone'>>;

/** One thing wrong with a request or a roster file entry: which field, and what to send instead. */
export interface StaffProblem {
  field: string;
  problem: string;
}

export const DEFAULT_MAX_OPEN_CASES = 10;
export const AREA_CODE = /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/;
const STAFF_FIELDS = ['phone', 'name', 'role', 'areas', 'maxOpenCases', 'active'];
const MAX_AREAS = 1000;
// A compare-and-set loses only to another write of the same member; a handful of rounds is plenty.
const MAX_UPDATE_ATTEMPTS = 20;
/** How long the in-memory roster is trusted without hearing of a change: it heals an announcement lost in a reconnect. */
export const ROSTER_CACHE_MAX_AGE_MS = 60_000;

const PHONE_PROBLEMS: Record<PhoneReason, string> = {
  not_a_number: 'phone must be an Indonesian mobile number in digits, e.g. "6281234500001" or "081234500001"',
  not_mobile: 'phone must be an Indonesian mobile number (08…, +62 8… or 62 8…); landlines and foreign numbers are not accepted',
  wrong_length: 'phone has the wrong number of digits: an Indonesian mobile number has 10 to 13 digits when written as 08…',
};

const AREA_FORMAT = 'each area is a Kemendagri code: "35.05" (the whole service area), "35.05.02" (a kecamatan) or "35.05.02.2007" (a village)';

const phoneField = z
  .string({ error: 'phone is required: send it as a string, e.g. "6281234500001"' })
  .transform((text, ctx) => {
    const parsed = parseMobilePhone(text);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: PHONE_PROBLEMS[parsed.reason] });
    return z.NEVER;
  });

const nameMessage = 'name is required: send 1 to 80 characters';
const nameField = z.string({ error: nameMessage }).trim().min(1, { error: nameMessage }).max(80, { error: nameMessage });

const roleField = z.enum(['operator', 'coordinator'], { error: 'role must be "operator" or "coordinator"' });

const areasField = z
  .array(z.string({ error: AREA_FORMAT }).trim().regex(AREA_CODE, { error: AREA_FORMAT }), {
    error: 'areas is required: send a list of Kemendagri codes, e.g. ["35.05.02.2007"]',
  })
  .min(1, { error: `areas must list at least one code; ${AREA_FORMAT}` })
  .max(MAX_AREAS, { error: `areas may list at most ${MAX_AREAS} codes; use the kecamatan or regency code instead` })
  .transform((codes) => [...new Set(codes)]);

const capMessage = 'maxOpenCases must be a whole number from 1 to 200';
const capField = z.number({ error: capMessage }).int({ error: capMessage }).min(1, { error: capMessage }).max(200, { error: capMessage });

const activeField = z.boolean({ error: 'active must be true or false' });

export const staffInputSchema: z.ZodType<StaffInput> = z.strictObject({
  phone: phoneField,
  name: nameField,
  role: roleField,
  areas: areasField,
  maxOpenCases: capField.optional(),
  active: activeField.optional(),
});

export const staffPatchSchema: z.ZodType<StaffPatch> = z
  .strictObject({
    name: nameField.optional(),
    role: roleField.optional(),
    areas: areasField.optional(),
    maxOpenCases: capField.optional(),
    active: activeField.optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), {
    error: 'send at least one of name, role, areas, maxOpenCases, active',
  });

/** Turns a validation failure into problems a person can act on. */
export function staffProblems(error: z.ZodError): StaffProblem[] {
  return error.issues.flatMap((issue): StaffProblem[] => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map(unknownFieldProblem);
    if (issue.code === 'invalid_type' && issue.path.length === 0) {
      return [{ field: '(body)', problem: `send a JSON object with ${STAFF_FIELDS.join(', ')}` }];
    }
    return [{ field: fieldName(issue.path) || '(body)', problem: issue.message }];
  });
}

function unknownFieldProblem(key: string): StaffProblem {
  if (key === 'phone') {
    return { field: key, problem: 'phone cannot be changed: create a member with the new phone and set this one inactive' };
  }
  return { field: key, problem: `unknown field: send only ${STAFF_FIELDS.join(', ')}` };
}

/** ["areas", 1] → "areas[1]". */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

export class RosterContentionError extends Error {
  override readonly name = 'RosterContentionError';

  constructor(staffKey: string) {
    super(`roster entry ${staffKey} kept changing underneath; gave up after ${MAX_UPDATE_ATTEMPTS} attempts`);
  }
}

export class RosterStore {
  private readonly hash: string;
  private readonly channel: string;
  private cache: RosterCache | undefined;

  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    prefix: string,
    private readonly clock: () => number = Date.now,
  ) {
    this.hash = `${prefix}:staff`;
    this.channel = `${prefix}:staff:changed`;
    defineScript(redis, 'replaceStaff', 1, new URL('./scripts/replaceStaff.lua', import.meta.url));
  }

  /** Keyed hash of a phone; what other records (claims, events) store instead of the phone. */
  staffKey(phone: string): string {
    return this.protector.lookupHash(`staff:${canonicalPhone(phone)}`);
  }

  get(phone: string): Promise<StaffMember | undefined> {
    return this.getByKey(this.staffKey(phone));
  }

  async getByKey(key: string): Promise<StaffMember | undefined> {
    const cached = await this.cache?.entries();
    const sealed = cached ? cached.get(key) ?? null : await this.redis.hget(this.hash, key);
    return sealed === null ? undefined : this.open(key, sealed);
  }

  /** Every member, sorted by name. */
  async list(): Promise<StaffMember[]> {
    const entries = [...((await this.cache?.entries()) ?? new Map(Object.entries(await this.redis.hgetall(this.hash))))];
    return entries.map(([key, sealed]) => this.open(key, sealed)).sort(byName);
  }

  /**
   * Serves reads from memory (every message asks whether its sender is staff) until a change is
   * announced on the roster's channel, by this process or another. `subscriber` is a connection of
   * its own (subscribing takes it over). Returns once subscribed.
   */
  async watch(subscriber: RedisClient, maxAgeMs = ROSTER_CACHE_MAX_AGE_MS): Promise<void> {
    const cache = new RosterCache(() => this.redis.hgetall(this.hash), maxAgeMs);
    subscriber.on('message', (channel: string) => { if (channel === this.channel) cache.invalidate(); });
    // Announcements missed while disconnected: nothing is served from memory until subscribed again.
    subscriber.on('close', () => cache.suspend());
    subscriber.on('ready', () => cache.resume());
    await subscriber.subscribe(this.channel);
    cache.resume();
    this.cache = cache;
  }

  /** Tells every process's cache (this one's at once) that the roster changed. */
  private async announce(): Promise<void> {
    this.cache?.invalidate();
    await this.redis.publish(this.channel, '1');
  }

  /** Creates when absent; returns created:false and the existing member when the phone is taken. */
  async create(input: StaffInput): Promise<{ created: boolean; member: StaffMember }> {
    const member = newMember(input, this.clock());
    const key = this.staffKey(member.phone);
    const added = await this.redis.hsetnx(this.hash, key, this.seal(key, member));
    if (added === 1) {
      await this.announce();
      return { created: true, member };
    }
    const existing = await this.getByKey(key);
    // Nothing deletes members, so the one that won the race is still there.
    return { created: false, member: existing ?? member };
  }

  /** Applies the given fields; undefined when there is no member with this phone. */
  async update(phone: string, patch: StaffPatch): Promise<StaffMember | undefined> {
    const key = this.staffKey(phone);
    for (let attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt++) {
      const sealed = await this.redis.hget(this.hash, key);
      if (sealed === null) return undefined;
      const next = applyPatch(this.open(key, sealed), patch, this.clock());
      const outcome = await this.redis.replaceStaff(this.hash, key, sealed, this.seal(key, next));
      if (outcome === 1) {
        await this.announce();
        return next;
      }
      if (outcome === -1) return undefined;
    }
    throw new RosterContentionError(key);
  }

  /** Seeds from the file: creates the absent ones, leaves existing ones (admin API changes win). Returns how many were created. */
  async seed(members: StaffInput[]): Promise<number> {
    const outcomes = await Promise.all(members.map((m) => this.create(m)));
    return outcomes.filter((o) => o.created).length;
  }

  private seal(key: string, member: StaffMember): string {
    return this.protector.sealJson(member, `staff:${key}`);
  }

  private open(key: string, sealed: string): StaffMember {
    return this.protector.openJson(sealed, `staff:${key}`) as StaffMember;
  }
}

/**
 * The roster's sealed entries in memory: loaded on first use, dropped when a change is announced,
 * and reloaded after a while anyway (an announcement lost in a reconnect heals by itself).
 */
class RosterCache {
  private loaded: { at: number; entries: Promise<Map<string, string>> } | undefined;
  private live = false;

  constructor(private readonly load: () => Promise<Record<string, string>>, private readonly maxAgeMs: number) {}

  /** The entries, or undefined while the change announcements may be missed (read Redis then). */
  entries(): Promise<Map<string, string>> | undefined {
    if (!this.live) return undefined;
    if (!this.loaded || Date.now() - this.loaded.at > this.maxAgeMs) {
      const entries = this.load().then((all) => new Map(Object.entries(all)));
      // A failed load is not kept: the next read tries again.
      entries.catch(() => this.invalidate());
      this.loaded = { at: Date.now(), entries };
    }
    return this.loaded.entries;
  }

  invalidate(): void {
    this.loaded = undefined;
  }

  suspend(): void {
    this.live = false;
    this.loaded = undefined;
  }

  resume(): void {
    this.live = true;
    this.loaded = undefined;
  }
}

/** The international form when the text is a mobile number; otherwise as given (it then matches nobody). */
function canonicalPhone(phone: string): string {
  const parsed = parseMobilePhone(phone);
  return parsed.ok ? parsed.value : phone;
}

function newMember(input: StaffInput, now: number): StaffMember {
  return {
    phone: canonicalPhone(input.phone),
    name: input.name,
    role: input.role,
    areas: [...input.areas],
    maxOpenCases: input.maxOpenCases ?? DEFAULT_MAX_OPEN_CASES,
    active: input.active ?? true,
    createdAt: now,
    updatedAt: now,
  };
}

function applyPatch(member: StaffMember, patch: StaffPatch, now: number): StaffMember {
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as StaffPatch;
  return { ...member, ...given, phone: member.phone, createdAt: member.createdAt, updatedAt: now };
}

function byName(a: StaffMember, b: StaffMember): number {
  return a.name.localeCompare(b.name, 'id') || a.phone.localeCompare(b.phone);
}
