// Short replies to yes/no questions and "I don't know". Case, punctuation, emoji, stretched letters
// ("iyaaa", "gaaak") and polite padding ("iya kak", "tidak, terima kasih") are tolerated; a reply that
// says anything more ("ya tapi besok") is neither yes nor no, so the flow asks again instead of guessing.
import { CHAT_FILLERS, saysOnly, squeezedWords, vocabulary } from './text.js';

// Indonesian, chat forms, Javanese (nggih, sampun, monggo) and English.
export const YES = vocabulary(
  'ya', 'iya', 'iye', 'iy', 'iyh', 'yy', 'y', 'yes', 'yup', 'yap', 'yep', 'yoi', 'yeah', 'yea', 'ok', 'oke', 'okay',
  'okey', 'okeh', 'okelah', 'sip', 'siap', 'betul', 'benar', 'bener', 'setuju', 'boleh', 'baik', 'baiklah', 'mau',
  'lanjut', 'sudah', 'udah', 'sdh', 'dah', 'tentu', 'pasti', 'sure', 'correct', 'right', 'agree', 'agreed',
  'absolutely', 'definitely', 'nggih', 'inggih', 'enggih', 'ngih', 'nggeh', 'njih', 'injih', 'enjih', 'iyo', 'yo',
  'sampun', 'mpun', 'wis', 'wes', 'uwis', 'uwes', 'monggo', 'mangga', 'leres', 'saget',
);

export const NO = vocabulary(
  'tidak', 'tdk', 'tak', 'gak', 'ga', 'g', 'gk', 'nggak', 'ngga', 'enggak', 'engga', 'ndak', 'nda', 'kagak',
  'no', 'n', 'nope', 'not', 'bukan', 'bkn', 'belum', 'blm', 'jangan', 'jgn', 'salah', 'wrong', 'nah',
  'mboten', 'boten', 'ora', 'orak', 'dereng', 'durung', 'sanes', 'emoh', 'ndhak',
);

/** Words that may follow a "no" without changing it: "tidak ada", "belum pernah", "nggak usah". */
const NO_COMPLEMENTS = vocabulary(
  'ada', 'punya', 'pernah', 'mau', 'perlu', 'usah', 'dulu', 'benar', 'betul', 'yet', 'gadhah', 'gadah', 'wonten', 'duwe', 'nduwe',
  'kagungan', 'ono', 'enek', 'sah', 'jadi', 'setuju',
);

const KNOW = vocabulary(
  'tahu', 'tau', 'tw', 'tauk', 'ngerti', 'mengerti', 'paham', 'ingat', 'inget', 'yakin', 'know', 'sure', 'remember',
);

const UNKNOWN_ALONE = vocabulary(
  'unknown', 'entah', 'ntah', 'lupa', 'idk', 'dunno', 'embuh', 'mboh', 'gatau', 'gtau', 'gktau', 'gaktau',
  'gatahu', 'gaktahu', 'taktahu', 'ndaktau', 'nggatau', 'nggaktau', 'tauk', 'forgot', 'forget', 'ndak ngerti', 'kesupen',
);

/** Words that turn a following "know" into "don't know" ("kurang tahu" is the polite form). */
const DOUBT = new Set([...NO, ...vocabulary('kurang', "don't", 'dont')]);

/** An "I don't know" reply is short; a long message mentioning "tidak tahu" is probably about something else. */
const MAX_UNKNOWN_WORDS = 8;

const THUMBS_UP = /^\s*(?:\u{1F44D}|\u{1F44C})[\u{1F3FB}-\u{1F3FF}]?\s*$/u;

export function isYes(text: string): boolean {
  return THUMBS_UP.test(text) || saysOnly(text, YES, new Set(), CHAT_FILLERS);
}

export function isNo(text: string): boolean {
  const clauses = text.split(/[,;!?]+|\.(?=\s|$)/).map(squeezedWords);
  return clauses.flat().some((token) => NO.has(token)) && clauses.every(clauseSaysNo);
}

/**
 * Every word is a "no", a complement right after one ("tidak mau", "belum pernah", "tidak benar"), or
 * padding. "ya" opening a clause means yes ("ya, tidak" says both); later it is a particle ("gak ya kak").
 */
function clauseSaysNo(tokens: string[]): boolean {
  return tokens.every((token, i) => {
    const previous = tokens[i - 1] ?? '';
    if (NO.has(token)) return true;
    if (NO_COMPLEMENTS.has(token)) return NO.has(previous) || NO_COMPLEMENTS.has(previous);
    return CHAT_FILLERS.has(token) && !(token === 'ya' && i === 0);
  });
}

export function isUnknownAnswer(text: string): boolean {
  const tokens = squeezedWords(text);
  if (tokens.length === 0 || tokens.length > MAX_UNKNOWN_WORDS) return false;
  if (tokens.some((token) => UNKNOWN_ALONE.has(token))) return true;
  return tokens.some((token, i) => i > 0 && KNOW.has(token) && DOUBT.has(tokens[i - 1] ?? ''));
}
