// Every setting, read once from the environment, validated, frozen. `.env.example` documents each.
import { z } from 'zod';
import { parseHolidays, parseTimeZone, parseWeeklyHours, type OfficeHours } from '../../flows/worktime/index.js';

const digits = z.string().regex(/^\d+$/, 'must be digits only');
const intFrom = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const duration = (def: number) => z.coerce.number().int().min(1).default(def);
const optionalText = z.string().trim().min(1).optional().catch(undefined);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  PORT: intFrom(3000).pipe(z.number().max(65535)),
  DATA_DIR: z.string().min(1).default('./data'),
  DATA_KEY: z.string().optional(),
  REDIS_URL: z.string().url().optional(),
  REDIS_APPENDFSYNC: z.enum(['always', 'everysec', 'no']).default('everysec'),
  REDIS_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only').default('loket'),
  WA_TRANSPORT: z.enum(['sim', 'baileys']).default('sim'),
  WA_NUMBER: digits.optional(),
  WA_PAIRING_NUMBER: digits.optional(),
  WA_MAX_REPLAY_AGE_MS: duration(10 * 60_000),
  WA_OWNER_LEASE_MS: duration(20_000),
  OUTBOUND_RATE_PER_SECOND: z.coerce.number().min(0).optional(),
  OUTBOUND_JITTER_MS: z.coerce.number().int().min(0).optional(),
  OUTBOUND_ATTEMPTS: intFrom(8, 1),
  INBOX_CONCURRENCY: intFrom(16, 1),
  CHAT_LEASE_MS: duration(15_000),
  MEDIA_MAX_BYTES: intFrom(5 * 1024 * 1024, 1024),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SERVICE_AREA: z.string().regex(/^\d{2}\.\d{2}$/, 'must be a Kemendagri regency/city code such as 35.05').default('35.05'),
  OFFICE_TIMEZONE: z.string().default('Asia/Jakarta'),
  OFFICE_HOURS: z.string().default('mon-thu 08:00-15:00; fri 08:00-14:30'),
  HOLIDAYS: z.string().default(''),
  CONSENT_VERSION: z.string().default('2026-11'),
  SESSION_REMINDER_AFTER_MS: duration(24 * 3600_000),
  SESSION_EXPIRE_AFTER_MS: duration(7 * 24 * 3600_000),
  COORDINATOR_GROUP: z.string().default('koordinator@g.us'),
  ROSTER_FILE: optionalText,
  DESK_CAPITAL_LIMIT: intFrom(50_000_000),
  CLAIM_SLA_HOURS: z.coerce.number().positive().default(8),
  QUEUE_SLA_HOURS: z.coerce.number().positive().default(8),
  OSS_RETRY_AFTER_HOURS: z.coerce.number().positive().default(4),
  CASE_TIMER_POLL_MS: duration(5000),
  RETENTION_DAYS: intFrom(90, 1),
});

type Raw = z.infer<typeof schema>;

export interface Config extends Readonly<Raw> {
  readonly outboundRatePerSecond: number;
  readonly outboundJitterMs: number;
  readonly officeHours: OfficeHours;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`);
}

/** Empty strings count as unset, as in most .env tooling. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

function officeHoursOf(raw: Raw): OfficeHours {
  const weekly = parseWeeklyHours(raw.OFFICE_HOURS);
  const holidays = parseHolidays(raw.HOLIDAYS);
  const zone = parseTimeZone(raw.OFFICE_TIMEZONE);
  const problems = [
    ...(weekly.ok ? [] : [`OFFICE_HOURS: ${weekly.reason}`]),
    ...(holidays.ok ? [] : [`HOLIDAYS: ${holidays.reason}`]),
    ...(zone.ok ? [] : [`OFFICE_TIMEZONE: ${zone.reason}`]),
  ];
  if (!weekly.ok || !holidays.ok || !zone.ok) throw new ConfigError(problems);
  return Object.freeze({ timeZone: zone.value, weekly: weekly.value, holidays: holidays.value });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error));
  const raw = parsed.data;
  const officeHours = officeHoursOf(raw);
  const baileys = raw.WA_TRANSPORT === 'baileys';
  return Object.freeze({
    ...raw,
    // Bans come from bursts: about one message a second per real number; the simulator has no such limit.
    outboundRatePerSecond: raw.OUTBOUND_RATE_PER_SECOND ?? (baileys ? 1 : 0),
    outboundJitterMs: raw.OUTBOUND_JITTER_MS ?? (baileys ? 400 : 0),
    officeHours,
  });
}
