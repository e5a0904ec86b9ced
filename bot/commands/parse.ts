// The commands operators and coordinators type in WhatsApp. Typed on phones between other work, so
// the parser forgives case, a leading '#' or '/', WhatsApp bold/italic markers, extra spaces and
// loosely typed case ids; what it cannot read it reports with a reason the caller turns into help.
import { distance } from 'fastest-levenshtein';
import { LEADING_CASE_ID, LEADING_TICKET_REF, canonicalSymbols, normaliseTicketRef } from '../../flows/casework/case-id.js';

export { CASE_ID_RANDOM_BYTES, generateCaseIdFromBytes, normaliseCaseId } from '../../flows/casework/case-id.js';

export type OperatorCommand =
  /** ANTRIAN: open cases of my desks. */
  | { name: 'queue' }
  /** KASUS: cases I have claimed. */
  | { name: 'my_cases' }
  /** KLAIM <id>. */
  | { name: 'claim'; caseId: string }
  /** KLAIM <n>: the n-th case (1-based) of the last ANTRIAN list this operator was shown. */
  | { name: 'claim_nth'; index: number }
  /** DIAJUKAN <id>: filed in OSS, waiting for the NIB. */
  | { name: 'filed'; caseId: string }
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
  /** TUGASKAN / ALIHKAN <id> <operator> (coordinators): a phone or a name as typed, resolved by the caller. */
  | { name: 'reassign'; caseId: string; operator: string }
  /** REKAP [hari ini | minggu ini | bulan ini | YYYY-MM] (coordinators); today when none is given. */
  | { name: 'report'; period: ReportPeriod }
  /** CARI <case id | village name> (coordinators). */
  | { name: 'search'; query: string }
  /** NAIKKAN <id> (coordinators): to the next desk up. */
  | { name: 'escalate'; caseId: string }
  /** RIWAYAT <id> (coordinators): the case's event log. */
  | { name: 'history'; caseId: string }
  /** OPERATOR (coordinators): the roster with open cases. */
  | { name: 'operators' }
  /** TAMBAH OPERATOR <phone> <area code> <name> (coordinators); validated by the caller. */
  | { name: 'add_operator'; phone: string; area: string; memberName: string }
  /** NONAKTIF <phone> (coordinators): the member's open cases go back to their desk. */
  | { name: 'deactivate'; phone: string }
  /** OSS GANGGUAN / OSS NORMAL (coordinators). */
  | { name: 'oss_status'; down: boolean }
  /** SIARAN <text> (coordinators): to past applicants who agreed to announcements. */
  | { name: 'broadcast'; text: string }
  /** BALAS <BT-…|AD-…> <message>: answer a help request or a complaint through Loket. */
  | { name: 'reply'; ref: string; text: string };

export type OperatorCommandName = OperatorCommand['name'];

/** A reporting period, in office time. */
export type ReportPeriod = { kind: 'today' } | { kind: 'week' } | { kind: 'month' } | { kind: 'calendar_month'; month: string };

export type CommandFailureReason = 'unknown_command' | 'missing_case_id' | 'bad_case_id' | 'missing_argument' | 'bad_argument' | 'bad_ref';

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
  'queue', 'my_cases', 'claim', 'claim_nth', 'release', 'detail', 'ask', 'request_code', 'defer', 'filed', 'nib', 'reject', 'help', 'reply',
]);
/** Commands for coordinators in the coordination group. */
export const COORDINATOR_COMMANDS: ReadonlySet<OperatorCommandName> = new Set<OperatorCommandName>([
  'digest', 'report', 'search', 'reassign', 'escalate', 'history', 'operators', 'add_operator', 'deactivate', 'oss_status', 'broadcast',
  'help', 'reply',
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
  TUGASKAN: 'reassign',
  BALAS: 'reply',
  JAWAB: 'reply',
  DIAJUKAN: 'filed',
  REKAP: 'report',
  CARI: 'search',
  NAIKKAN: 'escalate',
  RIWAYAT: 'history',
  OPERATOR: 'operators',
  // "TAMBAH OPERATOR …": the second word is read with the arguments.
  TAMBAH: 'add_operator',
  NONAKTIF: 'deactivate',
  NONAKTIFKAN: 'deactivate',
  OSS: 'oss_status',
  SIARAN: 'broadcast',
};

/** Optional '#' or '/', optional markup, the command word, optional markup and colon. */
const COMMAND_WORD = /^\s*[#/]?\s*[*_~`]*(\p{L}+)[*_~`]*:?/u;

function fail(reason: CommandFailureReason, command?: OperatorCommandName): Failure {
  return command === undefined ? { ok: false, reason } : { ok: false, reason, command };
}

function succeed(command: OperatorCommand): ParsedCommand {
  return { ok: true, command };
}

/** Keywords are at most 11 letters, and a suggestion allows 2 edits: longer words cannot match. */
const LONGEST_SUGGESTIBLE_WORD = 13;

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
    case 'operators':
      return succeed({ name });
    case 'claim':
      return /^\s*\d{1,2}\s*$/.test(args) ? succeed({ name: 'claim_nth', index: Number(args) }) : withCaseId(args, name, (caseId) => ({ name, caseId }));
    case 'claim_nth':
    case 'release':
    case 'detail':
    case 'request_code':
    case 'filed':
    case 'escalate':
    case 'history':
      return withCaseId(args, name === 'claim_nth' ? 'claim' : name, (caseId) => ({ name: name === 'claim_nth' ? 'claim' : name, caseId }));
    case 'ask':
      return withCaseIdAndText(args, name, (caseId, question) => ({ name, caseId, question }));
    case 'defer':
    case 'reject':
      return withCaseIdAndText(args, name, (caseId, reason) => ({ name, caseId, reason }));
    case 'nib':
      return withCaseIdAndText(args, name, (caseId, nib) => ({ name, caseId, nib }));
    case 'reassign':
      return withCaseIdAndText(args, name, (caseId, operator) => ({ name, caseId, operator }));
    case 'reply':
      return withRef(args);
    case 'report':
      return readPeriod(args);
    case 'search':
    case 'broadcast':
      return args.trim() === '' ? fail('missing_argument', name) : succeed(name === 'search' ? { name, query: args.trim() } : { name, text: args.trim() });
    case 'add_operator':
      return readNewOperator(args);
    case 'deactivate':
      return args.trim() === '' ? fail('missing_argument', name) : succeed({ name, phone: args.trim() });
    case 'oss_status':
      return readOssStatus(args);
  }
}

const PERIODS: readonly [RegExp, ReportPeriod][] = [
  [/^(?:hari ini|today)?$/, { kind: 'today' }],
  [/^(?:minggu ini|pekan ini|this week)$/, { kind: 'week' }],
  [/^(?:bulan ini|this month)$/, { kind: 'month' }],
];

/** REKAP's period: nothing or "hari ini", "minggu ini", "bulan ini", or a month as YYYY-MM. */
function readPeriod(args: string): ParsedCommand {
  const typed = args.trim().toLowerCase().replace(/\s+/g, ' ');
  const named = PERIODS.find(([pattern]) => pattern.test(typed));
  if (named) return succeed({ name: 'report', period: named[1] });
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(typed);
  return month ? succeed({ name: 'report', period: { kind: 'calendar_month', month: typed } }) : fail('bad_argument', 'report');
}

/** TAMBAH OPERATOR <phone> <area code> <name…>: the phone and area as typed, validated by the caller. */
function readNewOperator(args: string): ParsedCommand {
  const words = args.trim().split(/\s+/);
  if ((words[0] ?? '').toUpperCase() !== 'OPERATOR') return fail('unknown_command');
  const [, phone, area, ...name] = words;
  if (phone === undefined || area === undefined || name.length === 0) return fail('missing_argument', 'add_operator');
  return succeed({ name: 'add_operator', phone, area, memberName: name.join(' ') });
}

/** OSS GANGGUAN (down) / OSS NORMAL (back). */
function readOssStatus(args: string): ParsedCommand {
  const word = args.trim().toUpperCase().split(/\s+/)[0] ?? '';
  if (['GANGGUAN', 'DOWN', 'MATI', 'ERROR'].includes(word)) return succeed({ name: 'oss_status', down: true });
  if (['NORMAL', 'UP', 'PULIH', 'LANCAR'].includes(word)) return succeed({ name: 'oss_status', down: false });
  return fail(word === '' ? 'missing_argument' : 'bad_argument', 'oss_status');
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

/** Failures a quoted notice's case id can mend: the id was left out, or what follows the command is not one. */
const MENDED_BY_QUOTE: ReadonlySet<CommandFailureReason> = new Set<CommandFailureReason>(['missing_case_id', 'bad_case_id']);

/**
 * A reply quoting a notice about `quotedCaseId`: a command typed without its case id ("KLAIM",
 * "DETAIL", "TANYA sudah punya email?", "NIB 1234567890123") is read as if the id followed the
 * command word. A case id typed in the reply wins; without a quoted case this is parseOperatorCommand.
 */
export function parseQuotedCommand(text: string, quotedCaseId: string | undefined): ParsedCommand {
  const parsed = parseOperatorCommand(text);
  if (quotedCaseId === undefined || parsed.ok || !MENDED_BY_QUOTE.has(parsed.reason) || parsed.command === 'reply') return parsed;
  const word = COMMAND_WORD.exec(text)?.[0] ?? '';
  return parseOperatorCommand(`${word} ${quotedCaseId} ${text.slice(word.length)}`);
}
