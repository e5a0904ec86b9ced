// Every setting, read once from the environment, validated, frozen. `.env.example` documents each.
import { z } from 'zod';
import { parseHolidays, parseTimeZone, parseWeeklyHours, type OfficeHours } from '../../flows/worktime/index.js';
import { dataKeyProblem } from '../../workers/platform/data-key.js';
import { clusterKeyPrefix, parseClusterNodes, type ClusterNode } from '../../workers/platform/redis-cluster.js';
import type { PaceSettings } from '../../workers/outbound/pace.js';
import type { TypingSettings } from '../../workers/outbound/typing-delay.js';

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
  /** Older keys, comma-separated, still read (and re-sealed) after DATA_KEY was changed; oldest last. */
  DATA_KEYS: z.string().optional(),
  REDIS_URL: z.string().url().optional(),
  /** A Redis Cluster instead of REDIS_URL: some of its nodes, comma-separated host:port (the rest are discovered). */
  REDIS_CLUSTER_NODES: z.string().optional(),
  REDIS_APPENDFSYNC: z.enum(['always', 'everysec', 'no']).default('everysec'),
  REDIS_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only').default('loket'),
  /** How long POST /sim/inbound waits for an unreachable Redis before answering 503 (WhatsApp messages wait on). */
  REDIS_ACCEPT_WAIT_MS: duration(5_000),
  /** A Redis command on the accept path (and /readyz's PING) that takes longer is given up on and retried. */
  REDIS_COMMAND_TIMEOUT_MS: duration(2_000),
  /** SIGTERM: how long the service may take to finish what it holds before it exits anyway (under an orchestrator's grace period). */
  SHUTDOWN_TIMEOUT_MS: duration(25_000),
  WA_TRANSPORT: z.enum(['sim', 'baileys']).default('sim'),
  WA_NUMBER: digits.optional(),
  /** Several service numbers, comma-separated digits; the first is the primary (staff, groups until they write). */
  WA_NUMBERS: z.string().regex(/^\d+(\s*,\s*\d+)*$/, 'must be digits, comma-separated').optional(),
  WA_PAIRING_NUMBER: digits.optional(),
  WA_MAX_REPLAY_AGE_MS: duration(10 * 60_000),
  WA_OWNER_LEASE_MS: duration(20_000),
  /** The whole number's send cap, all traffic (docs/whatsapp.md "Sending pace"); 0 = unlimited. */
  OUTBOUND_RATE_PER_SECOND: z.coerce.number().min(0).optional(),
  /** The older name of OUTBOUND_READ_MS. */
  OUTBOUND_JITTER_MS: z.coerce.number().int().min(0).optional(),
  OUTBOUND_BURST: intFrom(10, 1),
  OUTBOUND_BULK_PER_MINUTE: z.coerce.number().min(0).optional(),
  OUTBOUND_READ_MS: z.coerce.number().int().min(0).optional(),
  OUTBOUND_GAP_MS: z.coerce.number().int().min(0).optional(),
  OUTBOUND_TYPING_MS: z.coerce.number().int().min(0).optional(),
  OUTBOUND_TYPING_MS_PER_CHAR: z.coerce.number().min(0).optional(),
  OUTBOUND_TYPING_MAX_MS: intFrom(1500),
  OUTBOUND_CONCURRENCY: intFrom(100, 1),
  OUTBOUND_BACKOFF_MS: duration(10 * 60_000),
  OUTBOUND_ATTEMPTS: intFrom(8, 1),
  INBOX_CONCURRENCY: intFrom(16, 1),
  CHAT_LEASE_MS: duration(15_000),
  MEDIA_MAX_BYTES: intFrom(5 * 1024 * 1024, 1024),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** The simulator's routes: on by default outside production, off in production unless set to true. */
  SIM_ENABLED: z.enum(['true', 'false']).optional(),
  SIM_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Host names (without port) the HTTP server answers to; others are refused (DNS rebinding). */
  ALLOWED_HOSTS: z.string().default('localhost,127.0.0.1'),
  HTTP_REQUEST_TIMEOUT_MS: duration(60_000),
  /** Requests a minute per client on the admin, pairing and simulator routes. */
  HTTP_RATE_LIMIT_PER_MINUTE: intFrom(600, 1),
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
  /** Announcements (SIARAN) sent per minute; always below conversation replies in the outbound queue. */
  BROADCAST_RATE_PER_MINUTE: z.coerce.number().positive().max(6000).default(20),
  CASE_TIMER_POLL_MS: duration(5000),
  RETENTION_DAYS: intFrom(90, 1),
  /** Rejected and cancelled cases; defaults to RETENTION_DAYS. */
  RETENTION_REJECTED_DAYS: z.coerce.number().int().min(1).optional(),
  /** An intake left unfinished (no case) this long is deleted, whatever its reminders said. */
  ABANDONED_DAYS: intFrom(30, 1),
  /** When the daily retention purge runs, office time. */
  RETENTION_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM').default('02:30'),
  /** When the daily digest is posted to the coordinators' group on working days, office time. */
  DIGEST_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM').default('15:30'),
});

type Raw = z.infer<typeof schema>;

export interface Config extends Readonly<Raw> {
  /** WA_NUMBERS, else WA_NUMBER, else none (one session called `default`). */
  readonly waNumbers: readonly string[];
  readonly outboundRatePerSecond: number;
  readonly outboundJitterMs: number;
  /** The number's send pace (workers/outbound/pace.ts). */
  readonly outboundPace: PaceSettings;
  /** Reading and typing delays before a reply (workers/outbound/typing-delay.ts). */
  readonly outboundTyping: TypingSettings;
  readonly officeHours: OfficeHours;
  readonly simEnabled: boolean;
  readonly allowedHosts: readonly string[];
  readonly retentionRejectedDays: number;
  /** REDIS_CLUSTER_NODES read; empty without a cluster. */
  readonly redisClusterNodes: readonly ClusterNode[];
  /** What every key starts with: REDIS_PREFIX, hash-tagged on a cluster (`{loket}`) so all keys share a slot. */
  readonly redisKeyPrefix: string;
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
  const production = raw.NODE_ENV === 'production';
  const simEnabled = raw.SIM_ENABLED === undefined ? !production : raw.SIM_ENABLED === 'true';
  const problems = productionProblems(raw, simEnabled);
  const redisClusterNodes = clusterNodesOf(raw, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    ...raw,
    redisClusterNodes: Object.freeze(redisClusterNodes),
    redisKeyPrefix: redisClusterNodes.length > 0 ? clusterKeyPrefix(raw.REDIS_PREFIX) : raw.REDIS_PREFIX,
    simEnabled,
    allowedHosts: Object.freeze(raw.ALLOWED_HOSTS.split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== '')),
    retentionRejectedDays: raw.RETENTION_REJECTED_DAYS ?? raw.RETENTION_DAYS,
    waNumbers: Object.freeze(raw.WA_NUMBERS ? raw.WA_NUMBERS.split(',').map((n) => n.trim()) : raw.WA_NUMBER ? [raw.WA_NUMBER] : []),
    ...outboundPacing(raw, baileys),
    officeHours,
  });
}

/**
 * A real number gets the pace docs/whatsapp.md argues for (about one message a second, bulk six a
 * minute, a person's reading and typing time); the simulator gets none unless configured, so tests
 * and the first run stay fast.
 */
function outboundPacing(raw: Raw, baileys: boolean): Pick<Config, 'outboundRatePerSecond' | 'outboundJitterMs' | 'outboundPace' | 'outboundTyping'> {
  const real = (value: number): number => (baileys ? value : 0);
  const perSecond = raw.OUTBOUND_RATE_PER_SECOND ?? real(1);
  const readMs = raw.OUTBOUND_READ_MS ?? raw.OUTBOUND_JITTER_MS ?? real(500);
  return {
    outboundRatePerSecond: perSecond,
    outboundJitterMs: readMs,
    outboundPace: { perSecond, burst: raw.OUTBOUND_BURST, bulkPerMinute: raw.OUTBOUND_BULK_PER_MINUTE ?? real(6), backoffMs: raw.OUTBOUND_BACKOFF_MS },
    outboundTyping: {
      readMs,
      gapMs: raw.OUTBOUND_GAP_MS ?? real(800),
      typingBaseMs: raw.OUTBOUND_TYPING_MS ?? real(600),
      typingPerCharMs: raw.OUTBOUND_TYPING_MS_PER_CHAR ?? real(10),
      typingMaxMs: raw.OUTBOUND_TYPING_MAX_MS,
    },
  };
}

/** REDIS_CLUSTER_NODES, each problem added to `problems`: a node that is not host:port, or REDIS_URL set as well. */
function clusterNodesOf(raw: Raw, problems: string[]): ClusterNode[] {
  if (raw.REDIS_CLUSTER_NODES === undefined) return [];
  if (raw.REDIS_URL) problems.push('REDIS_CLUSTER_NODES: set REDIS_URL or REDIS_CLUSTER_NODES, not both');
  try {
    const nodes = parseClusterNodes(raw.REDIS_CLUSTER_NODES);
    if (nodes.length === 0) problems.push('REDIS_CLUSTER_NODES: no node given');
    return nodes;
  } catch (err) {
    problems.push(`REDIS_CLUSTER_NODES: ${(err as Error).message}`);
    return [];
  }
}

/** What production refuses to start without: a real data key, and a locked simulator. */
function productionProblems(raw: Raw, simEnabled: boolean): string[] {
  const problems: string[] = [];
  if (raw.NODE_ENV === 'production') {
    if (!raw.DATA_KEY) problems.push('DATA_KEY: required in production (32 random bytes: openssl rand -hex 32)');
    if (simEnabled && !raw.SIM_TOKEN) problems.push('SIM_TOKEN: required when SIM_ENABLED=true in production');
  }
  if (raw.DATA_KEY) problems.push(...keyProblems('DATA_KEY', raw.DATA_KEY));
  for (const [i, key] of (raw.DATA_KEYS ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '').entries()) {
    problems.push(...keyProblems(`DATA_KEYS (key ${i + 1})`, key));
  }
  return problems;
}

function keyProblems(name: string, text: string): string[] {
  const reason = dataKeyProblem(text);
  return reason === undefined ? [] : [`${name}: ${reason}`];
}
