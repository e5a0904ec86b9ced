// Which language an applicant writes, and requests to change it. Detection is for the first messages
// only (before the questions start), so that "Hello, I want to register my shop" is answered in
// English without the applicant knowing the word LANGUAGE. Javanese is answered in Indonesian.
import type { Lang } from '../engine/types.js';
import { words } from '../validators/text.js';

/** Words only English writers use; "ok", "halo" and "nib" belong to both and count for neither. */
const ENGLISH = new Set([
  'i', "i'm", 'im', 'want', 'would', 'like', 'to', 'register', 'registration', 'my', 'the', 'a', 'an', 'is', 'are',
  'please', 'can', 'could', 'you', 'how', 'do', 'does', 'get', 'license', 'licence', 'need', 'and', 'what', 'have',
  'help', 'we', 'talk', 'speak', 'english', 'good', 'morning', 'afternoon', 'evening', 'thank', 'thanks', 'business',
  'shop', 'hello', 'hi', 'there', 'agree', 'yes', 'number', 'for', 'about', 'me', 'apply', 'permit', 'company',
  'sell', 'selling', 'small', 'own', 'of', 'it', 'that', 'this', 'with', 'will', "don't", 'dont', 'not', 'know',
]);

const INDONESIAN = new Set([
  'saya', 'sy', 'aku', 'mau', 'ingin', 'pengen', 'bikin', 'buat', 'membuat', 'daftar', 'mendaftar', 'izin', 'ijin',
  'usaha', 'gimana', 'bagaimana', 'gmn', 'caranya', 'cara', 'mas', 'mbak', 'pak', 'bu', 'kak', 'min', 'selamat', 'pagi',
  'siang', 'sore', 'malam', 'apa', 'ini', 'itu', 'yang', 'dan', 'di', 'ke', 'dari', 'ada', 'tidak', 'ya', 'iya', 'gak',
  'tolong', 'bisa', 'ngurus', 'mengurus', 'urus', 'punya', 'jualan', 'warung', 'assalamualaikum', 'permisi', 'nggih',
  'kulo', 'kula', 'badhe', 'ajeng', 'sugeng', 'niki', 'pripun', 'monggo', 'setuju', 'terima', 'kasih', 'dong', 'nya',
  'dengan', 'untuk', 'sudah', 'belum', 'tanya', 'mohon',
]);

const MIN_ENGLISH_WORDS = 2;

/** English when the text has enough English words and no Indonesian ones; undefined when unsure. */
export function detectLanguage(text: string): Lang | undefined {
  const tokens = words(text);
  const english = tokens.filter((t) => ENGLISH.has(t)).length;
  const indonesian = tokens.filter((t) => INDONESIAN.has(t) && !ENGLISH.has(t)).length;
  if (english >= MIN_ENGLISH_WORDS && indonesian === 0) return 'en';
  return indonesian > 0 && english <= indonesian ? 'id' : undefined;
}

const ENGLISH_NAMES = new Set(['english', 'inggris', 'ingris', 'inggeris', 'englis']);
const INDONESIAN_NAMES = new Set(['indonesia', 'indonesian', 'indo', 'bahasa indonesia']);
const LANGUAGE_WORDS = new Set(['bahasa', 'language', 'lang', 'basa']);

/** Every other word of a language request: "can we talk in English?", "pakai bahasa inggris aja". */
const REQUEST_WORDS = new Set([
  'can', 'could', 'we', 'i', 'you', 'talk', 'speak', 'chat', 'write', 'in', 'please', 'use', 'using', 'switch', 'change',
  'to', 'prefer', 'want', 'the', 'do', 'only', 'pakai', 'pake', 'ganti', 'ke', 'dalam', 'boleh', 'bisa', 'mau', 'minta',
  'saja', 'aja', 'dong', 'ya', 'kak', 'mas', 'mbak', 'pak', 'bu', 'saya', 'tolong', 'pls', 'plz', 'ngomong', 'bicara',
  'yes', 'ok', 'oke', 'is', 'it', 'possible', 'ganti', 'gunakan', 'menggunakan', 'versi',
]);

const MAX_REQUEST_WORDS = 8;

/**
 * A request for a language: 'en', 'id', 'toggle' for a bare "BAHASA"/"LANGUAGE", or undefined. The other
 * words must all be request words, so "kursus bahasa inggris" (a business) is not a request.
 */
export function languageRequest(text: string): Lang | 'toggle' | undefined {
  const tokens = words(text);
  if (cannotEnglish(tokens)) return 'id';
  if (tokens.length === 0 || tokens.length > MAX_REQUEST_WORDS) return undefined;
  const named = tokens.filter((t) => ENGLISH_NAMES.has(t) || INDONESIAN_NAMES.has(t));
  const rest = tokens.filter((t) => !ENGLISH_NAMES.has(t) && !INDONESIAN_NAMES.has(t) && !LANGUAGE_WORDS.has(t));
  if (!rest.every((t) => REQUEST_WORDS.has(t))) return undefined;
  const wantsEnglish = named.some((t) => ENGLISH_NAMES.has(t));
  const wantsIndonesian = named.some((t) => INDONESIAN_NAMES.has(t));
  if (wantsEnglish !== wantsIndonesian) return wantsEnglish ? 'en' : 'id';
  return named.length === 0 && tokens.some((t) => LANGUAGE_WORDS.has(t)) ? 'toggle' : undefined;
}

const CANNOT = new Set(['tidak', 'tdk', 'gak', 'ga', 'nggak', 'ndak', 'kurang', 'belum', 'mboten', 'ora']);
const ABLE = new Set(['bisa', 'paham', 'ngerti', 'mengerti', 'lancar', 'pandai', 'saget']);

/** "saya tidak bisa bahasa inggris": a wish for Indonesian, however the rest is worded. */
function cannotEnglish(tokens: readonly string[]): boolean {
  const named = tokens.findIndex((t) => ENGLISH_NAMES.has(t));
  if (named < 0 || tokens.length > MAX_REQUEST_WORDS) return false;
  const before = tokens.slice(0, named);
  return before.some((t, i) => CANNOT.has(t) && ABLE.has(before[i + 1] ?? ''));
}
