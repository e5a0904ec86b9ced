// Fuzzing the pure conversation engine (issue #12, scenario 5): at every position of the intake
// (consent, each step, the summary, after submission) a message of arbitrary Unicode, a 64 KB
// string, look-alike digits, zero-width characters, RTL marks, JSON/markdown fragments or emoji:
//
// - resume() never fails: no reply is the internalError apology (resume() catches everything, so
//   "never throws" is asserted as "never had to catch");
// - it always answers: a reply, or an effect whose host answer (help_requested, case_forwarded…)
//   brings one;
// - the session survives the JSON round-trip through sessionSchema, as it does through Redis;
// - the state only advances on a valid answer. Precisely: when the input is no global command, no
//   "wait a moment", the step's own parse refuses it and it carries no fact for another question
//   (splitForStep), the session stays at the step with its answers unchanged and one more attempt
//   counted. Look-alike digits (full-width ０-９, Arabic-Indic ٠-٩ and ۰-۹) are folded to ASCII, so a
//   NIK typed with them is a valid answer, equal to the ASCII one (tested below).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGlobalCommand } from '../../flows/engine/commands.js';
import type { Effect, FlowInput, ResumeResult, Trigger } from '../../flows/engine/types.js';
import { render, resume, sessionSchema, type Session } from '../../flows/index.js';
import { MAX_MESSAGE_CHARS } from '../../flows/intake/conversation.js';
import { splitForStep } from '../../flows/intake/fill.js';
import { STEPS } from '../../flows/intake/steps/index.js';
import type { IntakeContext } from '../../flows/intake/context.js';
import { translator } from '../../flows/i18n/index.js';
import { asksToWait } from '../../flows/understand/intents.js';
import { EVERY_STEP_PATH, MONDAY_10_WIB, NIK_WOMAN_1985, Transcript, atStep, testDeps } from '../unit/flows/support.js';

const deps = testDeps();

// ---- inputs ------------------------------------------------------------------------------------

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202e', '\u2066', '\u2067', '\u2069', '\u061c'];
const DIGIT_SETS = ['0123456789', '０１２３４５６７８９', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];
const FRAGMENTS = [
  '{"nik":"3505015203850001"}', '{"__proto__":{"x":1}}', '[1,2,3]', 'null', '```js\nalert(1)\n```', '**tebal**', '_miring_',
  '[tautan](http://contoh.test)', '<script>x</script>', '${nik}', '{{name}}', '%s%d%n', '\\u0000', '\u0000', '\r\n', '\t',
  '👍🏽', '🇮🇩', '👨‍👩‍👧‍👦', '🙏', '1️⃣', 'ya', 'tidak', '1', '2', 'kembali', 'ubah 3', 'KIRIM', 'Siti', 'Jl. Melati 3', 'sumberjo', '15 juta',
];

/** A run of digits written in one of the look-alike scripts. */
const lookalikeDigits = fc.tuple(fc.constantFrom(...DIGIT_SETS), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 20 }))
  .map(([set, digits]) => digits.map((d) => [...set][d] ?? '').join(''));

const token = fc.oneof(
  fc.constantFrom(...ZERO_WIDTH, ...BIDI, ...FRAGMENTS),
  lookalikeDigits,
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

const mixed = fc.array(token, { maxLength: 12 }).chain((tokens) => fc.constantFrom(' ', '', '\n').map((sep) => tokens.join(sep)));

/** 64 KB of one distinctive piece repeated: what a paste or a WhatsApp forward can carry. */
const huge = fc.tuple(mixed, fc.constantFrom(...ZERO_WIDTH, 'a', '٣', '👍', ' ')).map(([piece, filler]) => {
  const unit = piece.length > 0 ? piece : filler;
  return unit.repeat(Math.ceil(65_536 / unit.length)).slice(0, 65_536);
});

const fuzzText = fc.oneof({ weight: 6, arbitrary: mixed }, { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) }, { weight: 1, arbitrary: huge });

const mediaRef = 'm_0123456789abcdefghijkl';
const fuzzInput: fc.Arbitrary<FlowInput> = fc.oneof(
  { weight: 8, arbitrary: fuzzText.map((text): FlowInput => ({ kind: 'text', text })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('image', 'document', 'audio', 'sticker', 'video', 'location', 'contact', 'other' as const), mixed, fc.boolean())
      .map(([kind, caption, kept]): FlowInput => ({
        kind, text: caption,
        ...(kind === 'image' || kind === 'document'
          ? { media: kept ? { ref: mediaRef, mimetype: 'image/jpeg', size: 1000, filename: caption } : { refused: 'unsupported_type', mimetype: caption.slice(0, 40) } }
          : {}),
      })),
  },
);

// ---- positions ---------------------------------------------------------------------------------

interface Position { name: string; session: Session | undefined }

function positions(): Position[] {
  const found: Position[] = [{ name: 'new chat', session: undefined }];
  const consent = new Transcript();
  consent.send('halo');
  found.push({ name: 'consent', session: consent.session });
  for (const id of new Set(EVERY_STEP_PATH.map(([step]) => step))) found.push({ name: id, session: atStep(id).session });
  const summary = atStep('village_pick');
  summary.send('1');
  found.push({ name: 'summary', session: summary.session });
  summary.send('KIRIM');
  summary.trigger({ type: 'case_created', caseId: 'K-2503-ABCD' });
  summary.send('tidak');
  found.push({ name: 'idle with a case', session: summary.session });
  for (const found_ of found) if (found_.name === 'summary') expect(found_.session?.at).toBe('summary');
  return found;
}

const POSITIONS = positions();

// ---- the host's answers to effects that stand for a reply --------------------------------------

function hostAnswer(effect: Effect): Trigger | undefined {
  switch (effect.type) {
    case 'request_help': return { type: 'help_requested', ref: 'B-0001' };
    case 'file_complaint': return { type: 'complaint_filed', ref: 'A-0001' };
    case 'forward_to_case': return { type: 'case_forwarded', caseId: effect.caseId, outcome: 'sent' };
    case 'lookup_status': return { type: 'status_report', cases: [] };
    case 'export_applicant_data': return { type: 'data_export', cases: [] };
    case 'submit_case': return { type: 'case_created', caseId: 'K-2503-WXYZ' };
    // These come with their own reply, or are passed on without one of their own.
    case 'forward_help':
    case 'erase_applicant_data':
    case 'set_announcements':
    case 'set_timer':
      return undefined;
  }
}

/** Every reply this message brings, the host's answers to its effects included. */
function allReplies(session: Session | undefined, result: ResumeResult<Session>, now: number): string[] {
  const replies = result.replies.map((r) => r.text);
  for (const effect of result.effects) {
    const trigger = hostAnswer(effect);
    if (trigger) replies.push(...resume(deps, result.session ?? session, trigger, now + 1).replies.map((r) => r.text));
  }
  return replies;
}

const INTERNAL_ERROR = [render('id', 'internalError'), render('en', 'internalError')];

function contextAt(session: Session, input: FlowInput, now: number): IntakeContext {
  return { t: translator(session.lang), lang: session.lang, now, deps, input, attempts: session.attempts };
}

/** The step's own judgement of the input, as the precise meaning of "a valid answer". */
function isValidAnswer(session: Session, input: FlowInput, now: number): boolean {
  const text = input.text?.trim() ?? '';
  if (input.kind !== 'text' || parseGlobalCommand(text) !== undefined || asksToWait(text)) return true;
  if (session.at === 'consent' || session.at === 'summary') return true;
  const step = STEPS[session.at];
  const ctx = contextAt(session, input, now);
  if (splitForStep(text, step.absorbs, ctx).foreign.length > 0) return true;
  return step.answer(input, session.answers, ctx).ok;
}

const NOW = MONDAY_10_WIB + 60_000;

describe('the conversation engine under fuzzed input', () => {
  it.each(POSITIONS.map((p) => [p.name, p] as const))('at %s: never fails, always answers, advances only on a valid answer', (_name, position) => {
    fc.assert(
      fc.property(fuzzInput, (input) => {
        const before = position.session;
        const result = resume(deps, before, { type: 'message', input }, NOW);
        const replies = allReplies(before, result, NOW);
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) expect(INTERNAL_ERROR).not.toContain(reply);
        if (result.session) expect(sessionSchema.parse(JSON.parse(JSON.stringify(result.session)))).toEqual(result.session);
        if (before?.mode === 'intake' && (input.text ?? '').length > MAX_MESSAGE_CHARS) {
          // Too long to read: answered with the limit, nothing of it kept, the question stands.
          expect(replies[0]).toBe(render(before.lang, 'messageTooLong', { max: String(MAX_MESSAGE_CHARS) }));
          expect({ ...result.session, timer: null, lastActivity: 0 }).toEqual({ ...before, timer: null, lastActivity: 0 });
        } else if (before?.mode === 'intake' && before.pending === null && !isValidAnswer(before, input, NOW)) {
          expect(result.session?.at).toBe(before.at);
          expect(result.session?.answers).toEqual(before.answers);
          expect(result.session?.attempts).toBe(before.attempts + 1);
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** The NIK of the synthetic path written with separators, in each look-alike digit script. */
const NIK_SPELLINGS = DIGIT_SETS.flatMap((set) => {
  const digits = [...NIK_WOMAN_1985].map((d) => [...set][Number(d)] ?? '').join('');
  return [digits, `${digits.slice(0, 4)} ${digits.slice(4, 10)}.${digits.slice(10)}`, [...digits].join('\u200b'), `\u202b${digits}\u202c`];
});

describe('look-alike digits are normalised to a valid answer', () => {
  it.each(NIK_SPELLINGS)('the NIK typed as %j is the same answer as in ASCII digits', (typed) => {
    const ascii = atStep('nik');
    ascii.send(NIK_WOMAN_1985);
    const lookalike = atStep('nik');
    lookalike.send(typed);
    expect(lookalike.session?.answers.nik).toBe(NIK_WOMAN_1985);
    // Everything but the raw text kept for a help request is the same.
    expect({ ...lookalike.session, recent: [] }).toEqual({ ...ascii.session, recent: [] });
  });

  it('a number of workers typed in look-alike digits is read as in ASCII digits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99 }), fc.constantFrom(...DIGIT_SETS), (count, set) => {
      const ascii = atStep('workers');
      ascii.send(String(count));
      const lookalike = atStep('workers');
      lookalike.send([...String(count)].map((d) => [...set][Number(d)] ?? '').join(''));
      expect(lookalike.session?.answers.workers).toBe(ascii.session?.answers.workers);
      expect(lookalike.at).toBe(ascii.at);
    }), { numRuns: 30 });
  });
});
