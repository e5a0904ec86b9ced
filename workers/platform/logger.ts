// pino with personal data kept out: known fields are redacted, and any long digit run (a phone
// number or a NIK) left in a message string is masked, as a second line of defence.
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';

export type { Logger } from 'pino';

const PERSONAL_FIELDS = ['phone', 'nik', 'name', 'email', 'text', 'chat', 'sender', 'senderPhone', 'caption', 'npwp', 'address', 'body'];

export const REDACT_PATHS = [
  ...PERSONAL_FIELDS,
  ...PERSONAL_FIELDS.map((f) => `*.${f}`),
  ...PERSONAL_FIELDS.map((f) => `*.*.${f}`),
];

/** `6281234567890` → `6281*****7890`; NIK-length runs are masked the same way. */
export function maskDigits(value: string): string {
  return value.replace(/\d{8,}/g, (run) => `${run.slice(0, 4)}${'*'.repeat(run.length - 8)}${run.slice(-4)}`);
}

/** A chat id as it may appear in a log line. */
export function maskChat(chat: string): string {
  return maskDigits(chat);
}

/**
 * pino-pretty is a development dependency: it is loaded (synchronously, it is CommonJS) only when
 * pretty logs are asked for, and an install without it (`npm ci --omit=dev`) logs plain JSON.
 */
function prettyStream(): DestinationStream | undefined {
  let pretty: typeof PinoPretty;
  try {
    pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw err;
  }
  return pretty({ colorize: true, sync: true });
}

export interface LoggerOptions {
  level: string;
  /** Human-readable lines (development) when pino-pretty is installed; JSON otherwise. */
  pretty: boolean;
  destination?: DestinationStream;
}

export function createLogger(opts: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a: unknown) => (typeof a === 'string' ? maskDigits(a) : a));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
  if (opts.destination) return pino(options, opts.destination);
  const pretty = opts.pretty ? prettyStream() : undefined;
  return pretty ? pino(options, pretty) : pino(options);
}
