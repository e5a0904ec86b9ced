// Short replies to yes/no questions and "I don't know". Case, punctuation, emoji, stretched letters
// ("iyaaa", "gaaak") and polite padding ("iya kak", "tidak, terima kasih") are tolerated; a reply that
// says anything more ("ya tapi besok") is neither yes nor no, so the flow asks again instead of guessing.
import { CHAT_FILLERS, saysOnly, squeezedWords, vocabulary } from './text.js';

const YES = vocabulary(
  'ya', 'iya', 'iye', 'y', 'yes', 'yup', 'yap', 'yep', 'yoi', 'ok', 'oke', 'okay', 'okey', 'okeh', 'sip', 'siap',
  'betul', 'benar', 'bener', 'setuju', 'boleh', 'baik', 'baiklah', 'mau', 'lanjut', 'sudah', 'udah', 'sdh', 'dah',
  'tentu', 'pasti', 'sure', 'correct', 'right', 'agree',
);

const NO = vocabulary(
  'tidak', 'tdk', 'tak', 'gak', 'ga', 'g', 'gk', 'nggak', 'ngga', 'enggak', 'engga', 'ndak', 'nda', 'kagak',
  'no', 'n', 'nope', 'not', 'bukan', 'bkn', 'belum', 'blm', 'jangan', 'jgn', 'salah', 'wrong',
);

/** Words that may follow a "no" without changing it: "tidak ada", "belum pernah", "nggak usah". */
const NO_COMPLEMENTS = vocabulary('ada', 'punya', 'pernah', 'mau', 'perlu', 'usah', 'dulu', 'benar', 'betul');

const KNOW = vocabulary(
  'tahu', 'tau', 'tw', 'tauk', 'ngerti', 'mengerti', 'paham', 'ingat', 'inget', 'yakin', 'know', 'sure', 'remember',
);

const UNKNOWN_ALONE = vocabulary(
  'unknown', 'entah', 'ntah', 'lupa', 'idk', 'dunno', 'embuh', 'mboh', 'gatau', 'gtau', 'gktau', 'gaktau',
  'gatahu', 'gaktahu', 'taktahu', 'ndaktau', 'nggatau', 'nggaktau', 'tauk',
);

/** Words that turn a following "know" into "don't know" ("kurang tahu" is the polite form). */
const DOUBT = new Set([...NO, ...vocabulary('kurang', "don't", 'dont', 'do')]);

/** An "I don't know" reply is short; a long message mentioning "tidak tahu" is probably about something else. */
const MAX_UNKNOWN_WORDS = 8;

const THUMBS_UP = /^\s*(?:\u{1F44D}|\u{1F44C})[\u{1F3FB}-\u{1F3FF}]?\s*$/u;

export function isYes(text: string): boolean {
  return THUMBS_UP.test(text) || saysOnly(text, YES, new Set(), CHAT_FILLERS);
}

export function isNo(text: string): boolean {
  return saysOnly(text, NO, NO_COMPLEMENTS, CHAT_FILLERS);
}

export function isUnknownAnswer(text: string): boolean {
  const tokens = squeezedWords(text);
  if (tokens.length === 0 || tokens.length > MAX_UNKNOWN_WORDS) return false;
  if (tokens.some((token) => UNKNOWN_ALONE.has(token))) return true;
  return tokens.some((token, i) => i > 0 && KNOW.has(token) && DOUBT.has(tokens[i - 1] ?? ''));
}
