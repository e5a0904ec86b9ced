// The corpus driver for a running Loket: messages go through the simulator's public HTTP API, the
// position is read from the chat's session in Redis, and the service's clock is a test clock.
import type { TestApp } from '../support/app.js';
import type { CorpusDriver, Position } from './runner.js';
import type { Say } from './dialogue.js';

const DAY_MS = 24 * 3600_000;

/** A few bytes are enough: the service stores media by its declared kind, it does not decode them. */
const FILES = {
  ktp: { mimetype: 'image/jpeg', base64: Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex').toString('base64') },
  pdf: { mimetype: 'application/pdf', base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'), filename: 'ktp.pdf' },
  docx: { mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', base64: Buffer.from('PK').toString('base64'), filename: 'ktp.docx' },
  voice: { mimetype: 'audio/ogg; codecs=opus', base64: Buffer.from('OggS').toString('base64') },
} as const;

export function bodyOf(say: Say): Record<string, unknown> {
  if (typeof say === 'string') return { text: say };
  if ('image' in say) return { image: FILES.ktp };
  if ('document' in say) return { document: FILES[say.document] };
  if ('audio' in say) return { audio: FILES.voice };
  if ('sticker' in say) return { sticker: {} };
  return { location: { latitude: -8.0983, longitude: 112.1681 } };
}

/** A clock the corpus can move forward (resume after days). */
export class TestClock {
  private offset = 0;
  readonly now = (): number => Date.now() + this.offset;
  advance(ms: number): void {
    this.offset += ms;
  }
}

export function serviceDriver(test: TestApp, clock: TestClock): CorpusDriver {
  const { app } = test;
  return {
    async send(phone, say) {
      await test.phone(phone).send(bodyOf(say));
    },
    settle: () => test.settle(30_000),
    async position(phone) {
      const stored = await app.inbox.loadSession(app.inbox.chatKeyOf(phone));
      const value = stored?.value as (Omit<Position, 'help'> & { help?: { ref: string } | null }) | null | undefined;
      if (!value) return undefined;
      return { mode: value.mode, at: value.at, attempts: value.attempts, cases: value.cases, ...(value.help ? { help: value.help.ref } : {}) };
    },
    async advanceDays(days) {
      clock.advance(days * DAY_MS);
      // Reminders that would have come during the skipped days fire now.
      const skipped = days * DAY_MS;
      const delayed = await app.timers.queue.getDelayed();
      const due = delayed.filter((job) => job.timestamp + (job.opts.delay ?? 0) - Date.now() <= skipped);
      await Promise.all(due.map((job) => job.promote()));
    },
    async dossier(caseId) {
      return (await app.cases.get(caseId))?.dossier;
    },
  };
}
