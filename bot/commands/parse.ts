// The commands operators and coordinators type in WhatsApp. Typed on phones between other work, so
// the parser forgives case, a leading '#' or '/', WhatsApp bold/italic markers, extra spaces and
// loosely typed case ids; what it cannot read it reports with a reason the caller turns into help.
import { distance } from 'fastest-levenshtein';
import { LEADING_CASE_ID, LEADING_TICKET_REF, canonicalSymbols, normaliseTicketRef } from './case-id.js';

export { CASE_ID_RANDOM_BYTES, generateCaseIdFromBytes, normaliseCaseId } from './case-id.js';

export type OperatorCommand =
  /** ANTRIAN: open cases of my desks. */
  | { name: 'queue' }
  /** KASUS: cases I have claimed. */
  | { name: 'my_cases' }
  /** KLAIM <id>. */
  | { name: 'claim'; caseId: string }
  /** LEPAS <id>: give a claimed case back to the queue. */
  | { name: 'release'; caseId: string }
  /** DETAIL <id>. */
  | { name: 'detail'; caseId: string }
  /** TANYA <id> <question>: forward a question to the applicant. */
  | { name: 'ask'; caseId: string; question: string }
  /** KODE <id>: ask the applicant for the OSS one-time code, now. */
  | { name: 'request_code'; caseId: string }
  /** TUNDA <id> <reason>: put the case on hold (e.g. OSS is down). */
  | { name: 'defer'; caseId: string; reason: string }
  /** NIB <id> <number>: the number as typed; validated (13 digits) by the caller. */
  | { name: 'nib'; caseId: string; nib: string }
  /** TOLAK <id> <reason>. */
  | { name: 'reject'; caseId: string; reason: string }
  /** BANTUAN. */
  | { name: 'help' }
  /** RINGKASAN / LAPORAN (coordinators). */
  | { name: 'digest' }
  /** ALIHKAN <id> <operator phone> (coordinators): the phone as typed, validated by the caller. */
  | { name: 'reassign'; caseId: string; operatorPhone: string }
  /** BALAS <BT-…|AD-…> <message>: answer a help request or a complaint through Loket. */
  | { name: 'reply'; ref: string; text: string };

export type OperatorCommandName = OperatorCommand['name'];

export type CommandFailureReason = 'unknown_command' | 'missing_case_id' | 'bad_case_id' | 'missing_argument' | 'bad_ref';

export type ParsedCommand =
  | { ok: true; command: OperatorCommand }
  | {
      ok: false;
      reason: CommandFailureReason;
      /** The command that was recognised, so its usage can be shown. */
      command?: OperatorCommandName;
      /** For an unknown word close to a command ('KLAM'), the command probably meant. */
      suggestion?: OperatorCommandName;
    };

type Failure = Extract<ParsedCommand, { ok: false }>;

/** Commands for operators in their own chat. */
export const OPERATOR_COMMANDS: ReadonlySet<OperatorCommandName> = new Set<OperatorCommandName>([
  'queue', 'my_cases', 'claim', 'release', 'detail', 'ask', 'request_code', 'defer', 'nib', 'reject', 'help', 'reply',
]);
/** Commands for coordinators in the coordination group. */
export const COORDINATOR_COMMANDS: ReadonlySet<OperatorCommandName> = new Set<OperatorCommandName>([
  'digest', 'reassign', 'help', 'reply',
]);

const KEYWORDS: Readonly<Record<string, OperatorCommandName>> = {
  ANTRIAN: 'queue',
  KASUS: 'my_cases',
  KLAIM: 'claim',
  LEPAS: 'release',
  DETAIL: 'detail',
  TANYA: 'ask',
  KODE: 'request_code',
  TUNDA: 'defer',
  NIB: 'nib',
  TOLAK: 'reject',
  BANTUAN: 'help',
  HELP: 'help',
  RINGKASAN: 'digest',
  LAPORAN: 'digest',
  ALIHKAN: 'reassign',
  BALAS: 'reply',
  JAWAB: 'reply',
};

/** Optional '#' or '/', optional markup, the command word, optional markup and colon. */
const COMMAND_WORD = /^\s*[#/]?\s*[*_~`]*(\p{L}+)[*_~`]*:?/u;

function fail(reason: CommandFailureReason, command?: OperatorCommandName): Failure {
  return command === undefined ? { ok: false, reason } : { ok: false, reason, command };
}

function succeed(command: OperatorCommand): ParsedCommand {
  return { ok: true, command };
}

/** Keywords are at most 9 letters, and a suggestion allows 2 edits: longer words cannot match. */
const LONGEST_SUGGESTIBLE_WORD = 11;

/** The nearest keyword to a mistyped word, when it is within a typo or two. */
function suggestFor(word: string): OperatorCommandName | undefined {
  if (word.length < 3 || word.length > LONGEST_SUGGESTIBLE_WORD) return undefined;
  const [best] = Object.keys(KEYWORDS)
    .map((keyword) => ({ keyword, gap: distance(word, keyword) }))
    .sort((a, b) => a.gap - b.gap);
  const tolerance = best !== undefined && best.keyword.length <= 4 ? 1 : 2;
  return best !== undefined && best.gap <= tolerance ? KEYWORDS[best.keyword] : undefined;
}

function unknownCommand(word: string): Failure {
  const suggestion = suggestFor(word);
  return suggestion === undefined ? fail('unknown_command') : { ok: false, reason: 'unknown_command', suggestion };
}

type CaseIdRead = { ok: true; caseId: string; rest: string } | Failure;

/** Reads the case id at the start of `args`; `rest` is what follows it, trimmed. */
function readCaseId(args: string, command: OperatorCommandName): CaseIdRead {
  if (args.trim() === '') return fail('missing_case_id', command);
  const match = LEADING_CASE_ID.exec(args);
  const symbols = match?.[1] === undefined ? undefined : canonicalSymbols(match[1]);
  if (match === null || symbols === undefined) return fail('bad_case_id', command);
  return { ok: true, caseId: `LK-${symbols}`, rest: args.slice(match[0].length).trim() };
}

function withCaseId(
  args: string,
  command: OperatorCommandName,
  build: (caseId: string) => OperatorCommand,
): ParsedCommand {
  const read = readCaseId(args, command);
  return read.ok ? succeed(build(read.caseId)) : read;
}

/** A case id followed by free text (a question, reason, number or phone), kept as typed. */
function withCaseIdAndText(
  args: string,
  command: OperatorCommandName,
  build: (caseId: string, text: string) => OperatorCommand,
): ParsedCommand {
  const read = readCaseId(args, command);
  if (!read.ok) return read;
  return read.rest === '' ? fail('missing_argument', command) : succeed(build(read.caseId, read.rest));
}

function parseArguments(name: OperatorCommandName, args: string): ParsedCommand {
  switch (name) {
    case 'queue':
    case 'my_cases':
    case 'help':
    case 'digest':
      return succeed({ name });
    case 'claim':
    case 'release':
    case 'detail':
    case 'request_code':
      return withCaseId(args, name, (caseId) => ({ name, caseId }));
    case 'ask':
      return withCaseIdAndText(args, name, (caseId, question) => ({ name, caseId, question }));
    case 'defer':
    case 'reject':
      return withCaseIdAndText(args, name, (caseId, reason) => ({ name, caseId, reason }));
    case 'nib':
      return withCaseIdAndText(args, name, (caseId, nib) => ({ name, caseId, nib }));
    case 'reassign':
      return withCaseIdAndText(args, name, (caseId, operatorPhone) => ({ name, caseId, operatorPhone }));
    case 'reply':
      return withRef(args);
  }
}

/** BALAS BT-7KQ3M <text>: the reference, then the message as typed. */
function withRef(args: string): ParsedCommand {
  if (args.trim() === '') return fail('missing_case_id', 'reply');
  const match = LEADING_TICKET_REF.exec(args);
  const ref = match?.[1] !== undefined && match[2] !== undefined ? normaliseTicketRef(match[1], match[2]) : undefined;
  if (match === null || ref === undefined) return fail('bad_ref', 'reply');
  const text = args.slice(match[0].length).trim();
  return text === '' ? fail('missing_argument', 'reply') : succeed({ name: 'reply', ref, text });
}

/**
 * Parses one WhatsApp message from an operator or coordinator. Never throws. Words after a command
 * that takes no further argument are ignored ("KLAIM LK-7KQ3M ya" claims). Whether the sender may
 * use the command (OPERATOR_COMMANDS / COORDINATOR_COMMANDS) is the caller's decision.
 */
export function parseOperatorCommand(text: string): ParsedCommand {
  const match = COMMAND_WORD.exec(text);
  if (!match?.[1]) return fail('unknown_command');
  const word = match[1].toUpperCase();
  const name = KEYWORDS[word];
  if (name === undefined) return unknownCommand(word);
  return parseArguments(name, text.slice(match[0].length));
}
