// Baileys logs whole keys, jids and binary nodes (message content included) at every level. Only
// warnings and errors are passed on, reduced to a masked one-line summary: no jid or phone number
// reaches the log in clear.
import type { SocketConfig } from '@whiskeysockets/baileys';
import type { Logger } from '../../../workers/platform/logger.js';
import { maskDigits } from '../../../workers/platform/logger.js';

type ILogger = SocketConfig['logger'];

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;

function summary(obj: unknown): string | undefined {
  if (obj instanceof Error) return obj.message;
  if (typeof obj !== 'object' || obj === null) return typeof obj === 'string' ? obj : undefined;
  const err = (obj as { err?: unknown; error?: unknown }).err ?? (obj as { error?: unknown }).error;
  return err instanceof Error ? err.message : undefined;
}

/** `<digits>@…`, `<id>@lid` and long digit runs, masked. */
export function scrub(text: string): string {
  return maskDigits(text.replace(/[\w.:-]+@(lid|s\.whatsapp\.net|c\.us|g\.us)/g, (jid) => maskDigits(jid.replace(/[^\d@.a-z]/g, ''))))
    .slice(0, 300);
}

export function baileysLogger(logger: Logger, level: 'warn' | 'error' | 'silent' = 'warn'): ILogger {
  const threshold = level === 'silent' ? LEVELS.length : LEVELS.indexOf(level);
  const emit = (lvl: (typeof LEVELS)[number]) => (obj: unknown, msg?: string) => {
    if (LEVELS.indexOf(lvl) < threshold) return;
    const detail = summary(obj);
    logger[lvl]({ source: 'baileys', ...(detail ? { detail: scrub(detail) } : {}) }, scrub(msg ?? 'baileys'));
  };
  const self: ILogger = {
    level,
    child: () => self,
    trace: emit('trace'),
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
  };
  return self;
}
