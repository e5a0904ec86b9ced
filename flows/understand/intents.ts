// What an applicant wants besides answering the question: a person ("PETUGAS", "minta tolong",
// "bicara dengan orang", "mau telepon"), to complain ("ADUAN", "mau lapor"), or just to be polite
// ("makasih", "👍"). Phrases are compared after dropping words that carry no intent.
import { distance } from 'fastest-levenshtein';
import { CHAT_FILLERS, squeeze, squeezedWords } from '../validators/text.js';

const INTENT_FILLERS = new Set([
  ...CHAT_FILLERS,
  ...['mau', 'ingin', 'pengen', 'pingin', 'bisa', 'boleh', 'want', 'to', 'can', 'could', 'with', 'a', 'an', 'the', 'dengan',
    'dgn', 'sama', 'ke', 'langsung', 'aja', 'saja', 'tolong', 'please', 'pls', 'speak', 'badhe', 'ajeng', 'kalih', 'someone',
    'somebody', 'person', 'orang', 'seorang', 'people', 'talk', 'bicara', 'ngomong', 'berbicara', 'ngobrol', 'chat'].map(squeeze),
]);

/** What remains of a request for a person once the fillers are gone. */
const PERSON_CORES: readonly string[][] = [
  ['petugas'], ['minta', 'petugas'], ['panggil', 'petugas'], ['hubungi', 'petugas'], ['minta', 'dibantu', 'petugas'],
  ['minta'], ['telepon'], ['telpon'], ['tlp'], ['telp'], ['telfon'], ['ditelepon'], ['ditelpon'], ['nelpon'], ['call'], ['call', 'me'],
  ['human'], ['real'], ['manusia'], ['operator'], ['cs'], ['customer', 'service'], ['agent'], ['staff'], ['officer'],
  ['minta', 'bantuan', 'petugas'], ['bantuan', 'petugas'], ['dibantu', 'petugas'],
].map((core) => core.map(squeeze));

/** Phrases that must be present as typed, before fillers are dropped ("minta tolong" keeps its "tolong"). */
const PERSON_PHRASES: readonly string[][] = [
  ['minta', 'tolong'], ['bicara', 'dengan', 'orang'], ['bicara', 'sama', 'orang'], ['ngomong', 'sama', 'orang'],
  ['talk', 'to', 'a', 'person'], ['talk', 'to', 'someone'], ['speak', 'to', 'someone'], ['real', 'person'],
  ['talk', 'to', 'a', 'human'], ['bicara', 'dengan', 'petugas'], ['bicara', 'dengan', 'admin'], ['bicara', 'sama', 'admin'],
  ['ngobrol', 'sama', 'admin'], ['ngobrol', 'dengan', 'admin'], ['hubungi', 'admin'], ['telepon', 'admin'], ['admin', 'langsung'],
].map((phrase) => phrase.map(squeeze));

const MAX_PERSON_WORDS = 8;

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((w, j) => tokens[i + j] === w)) return true;
  return false;
}

function sameCore(rest: readonly string[], core: readonly string[]): boolean {
  if (rest.length !== core.length) return false;
  return rest.every((word, i) => {
    const want = core[i] ?? '';
    return word === want || (want.length >= 7 && distance(word, want) <= 1);
  });
}

/** "PETUGAS", "minta tolong", "saya mau bicara dengan orang", "bisa telepon?", "talk to a person". */
export function asksForPerson(text: string): boolean {
  const tokens = squeezedWords(text);
  if (tokens.length === 0 || tokens.length > MAX_PERSON_WORDS) return false;
  const rest = tokens.filter((t) => !INTENT_FILLERS.has(t));
  // "minta tolong" asks for a person only on its own: "minta tolong bikin NIB" asks for the service.
  const phrase = PERSON_PHRASES.find((p) => containsRun(tokens, p));
  if (phrase) return rest.every((t) => phrase.includes(t) || PERSON_WORDS.has(t));
  return rest.length > 0 && PERSON_CORES.some((core) => sameCore(rest, core));
}

/** Words that may stand with a request for a person without making it about something else. */
const PERSON_WORDS = new Set(['petugas', 'admin', 'orang', 'langsung', 'saja', 'dong', 'bisa', 'minta', 'tolong', 'human', 'person', 'someone', 'bingung', 'susah', 'sulit', 'confused'].map(squeeze));

const COMPLAINT_WORDS = new Set(
  ['aduan', 'adukan', 'mengadu', 'ngadu', 'pengaduan', 'komplain', 'komplen', 'complain', 'complaint', 'keluhan', 'mengeluh',
    'lapor', 'melapor', 'laporkan', 'pelaporan', 'protes', 'report'].map(squeeze),
);

export type ComplaintRequest = { text?: string };

/**
 * "ADUAN" alone (the complaint comes next) or with its text ("aduan: petugas minta uang", "saya mau
 * lapor ada calo"): the complaint keyword must open the message once fillers are dropped.
 */
export function asksToComplain(text: string): ComplaintRequest | undefined {
  const tokens = squeezedWords(text);
  const rest = tokens.filter((t) => !INTENT_FILLERS.has(t));
  if (rest[0] === undefined || !COMPLAINT_WORDS.has(rest[0])) return undefined;
  // "lapor" is also filing a report ("lapor pajak", "mau lapor usaha baru"): only with a grievance is it a complaint.
  if (REPORTING.has(rest[0]) && rest.length > 1 && !rest.slice(1).some((t) => GRIEVANCES.has(t))) return undefined;
  return rest.length >= 3 ? { text: text.trim() } : {};
}

const REPORTING = new Set(['lapor', 'melapor', 'laporkan', 'pelaporan', 'report'].map(squeeze));
const GRIEVANCES = new Set(
  ['calo', 'pungli', 'pungutan', 'uang', 'bayar', 'dibayar', 'membayar', 'biaya', 'minta', 'diminta', 'petugas', 'lama', 'lambat', 'kecewa',
    'tipu', 'penipuan', 'ditipu', 'dipersulit', 'ditolak', 'kasar', 'tidak', 'belum', 'gak', 'nggak', 'salah', 'curang', 'bribe', 'fee', 'scam', 'rude', 'slow'].map(squeeze),
);

const THANKS = new Set(
  ['terima', 'kasih', 'terimakasih', 'makasih', 'makasi', 'trims', 'tks', 'tq', 'ty', 'thx', 'thanks', 'thank', 'suwun',
    'matur', 'nuwun', 'maturnuwun', 'ok', 'oke', 'okay', 'siap', 'sip', 'baik', 'baiklah', 'mantap', 'mantab', 'alhamdulillah',
    'amin', 'aamiin', 'good', 'great', 'noted'].map(squeeze),
);

/** Words that may stand around thanks without changing it: "terima kasih banyak ya kak". */
const AROUND_THANKS = new Set([...CHAT_FILLERS, ...['banyak', 'nggih', 'wah', 'you', 'very', 'much'].map(squeeze)]);

/** Hands together, thumbs up, smiles, hearts: thanks in a picture. */
const THANKFUL_EMOJI = /^(?:[\u{1F64F}\u{1F44D}\u{1F44C}\u{1F60A}\u{1F642}\u{1F600}\u{1F601}\u{1F917}\u{1F970}\u{2764}\u{1F496}\u{1F495}\u{2705}\u{1F91D}\u{1F4AA}]|\p{Emoji_Modifier}|\u200d|\ufe0f|\s)+$/u;

/** "makasih ya kak", "ok siap", "🙏👍": nothing to act on. A bare "min" or "kak" is a call, not thanks. */
export function isPleasantry(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed !== '' && THANKFUL_EMOJI.test(trimmed)) return true;
  if (trimmed.includes('?')) return false;
  const tokens = squeezedWords(text);
  return tokens.length > 0 && tokens.length <= 6 && tokens.some((t) => THANKS.has(t)) && tokens.every((t) => THANKS.has(t) || AROUND_THANKS.has(t));
}

const WAIT = new Set(['sebentar', 'bentar', 'tunggu', 'sek', 'sik', 'sekedap', 'wait', 'moment', 'hold'].map(squeeze));
const WHILE_WAITING = new Set(
  ['ambil', 'ambilkan', 'cari', 'nyari', 'mencari', 'golek', 'jupuk', 'ktp', 'kartu', 'foto', 'dulu', 'lagi', 'on', 'a', 'please', 'yo', 'tak',
    'kulo', 'pendhet', 'rumah', 'ke', 'saya', 'aku', 'ya', 'kak', 'pak', 'bu', 'mas', 'mbak', 'nak', 'nggih', 'ok', 'oke', 'baik', 'minute', 'let', 'me', 'get', 'my', 'id'].map(squeeze),
);

/** "sebentar ambil KTP dulu", "tunggu ya kak", "sek": not an answer, and not a wrong one either. */
export function asksToWait(text: string): boolean {
  const tokens = squeezedWords(text);
  return tokens.length > 0 && tokens.length <= 8 && tokens.some((t) => WAIT.has(t)) && tokens.every((t) => WAIT.has(t) || WHILE_WAITING.has(t) || CHAT_FILLERS.has(t));
}
