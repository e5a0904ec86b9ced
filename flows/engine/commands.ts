// Global commands: words an applicant may type at any point, in Indonesian or English, in any case,
// with one slip of the finger ("bantuab", "kembli"). Only a whole message counts as a command, so a
// business called "Toko Bahasa" is never mistaken for one. Requests said in a sentence ("can we talk
// in English?", "saya mau bicara dengan petugas", "mau lapor ada calo") are read by understand/.

import { distance } from 'fastest-levenshtein';
import { asksForPerson, asksToComplain } from '../understand/intents.js';
import { languageRequest } from '../understand/language.js';

export type GlobalCommand = 'menu' | 'help' | 'back' | 'cancel' | 'status' | 'language' | 'erase' | 'my_data' | 'person' | 'complaint' | 'stop_announcements';

const ALIASES: Readonly<Record<GlobalCommand, readonly string[]>> = {
  menu: ['menu', 'menu utama', 'main menu'],
  help: ['bantuan', 'bantu', 'help', 'tolong', 'panduan'],
  back: ['kembali', 'back', 'balik', 'mundur', 'sebelumnya'],
  cancel: ['batal', 'batalkan', 'cancel'],
  status: ['status', 'cek status', 'check status', 'lihat status'],
  language: ['bahasa', 'language', 'english', 'bahasa inggris', 'bahasa indonesia', 'ganti bahasa', 'change language'],
  erase: ['hapus data', 'hapus data saya', 'delete data', 'delete my data', 'erase data', 'erase my data'],
  my_data: ['data saya', 'lihat data saya', 'minta data saya', 'salinan data saya', 'data pribadi saya', 'my data', 'show my data', 'copy of my data'],
  person: ['petugas', 'operator', 'person'],
  complaint: ['aduan', 'pengaduan'],
  // Withdraws the agreement to announcements (SIARAN); nothing else stops, the case goes on.
  stop_announcements: ['berhenti', 'stop', 'berhenti pengumuman', 'stop pengumuman', 'berhenti siaran', 'stop siaran', 'unsubscribe'],
};

/** Aliases shorter than this must be typed exactly: "menu" is one edit from "mana". */
const FUZZY_MIN_LENGTH = 6;

/** Long aliases allow two edits, so a swapped pair of letters ("bantaun") still counts. */
const TWO_EDITS_MIN_LENGTH = 7;

/** Lower case, punctuation dropped, spaces collapsed: "Hapus  data!!" → "hapus data". */
export function normalizeCommandText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function matches(typed: string, alias: string): boolean {
  if (typed === alias) return true;
  if (alias.length < FUZZY_MIN_LENGTH) return false;
  return distance(typed, alias) <= (alias.length >= TWO_EDITS_MIN_LENGTH ? 2 : 1);
}

/** Politeness around a command ("tolong STATUS dong", "data saya kak"): dropped, then the rest must be exact. */
const COURTESY_BEFORE = /^(?:(?:tolong|mohon|minta|coba|saya mau|mau|please|can i see|pak|bu|kak|mas|mbak|min)\s+)+/;
const COURTESY_AFTER = /(?:\s+(?:dong|donk|ya|yaa|ok|kak|min|pak|bu|mas|mbak|nggih|please|pls|thanks|terima kasih|makasih))+$/;

function withoutCourtesy(typed: string): string {
  return typed.replace(COURTESY_BEFORE, '').replace(COURTESY_AFTER, '');
}

export function parseGlobalCommand(text: string): GlobalCommand | undefined {
  const typed = normalizeCommandText(text);
  if (typed.length === 0) return undefined;
  const entries = Object.entries(ALIASES) as [GlobalCommand, readonly string[]][];
  const exactly = (words: string) => entries.find(([, aliases]) => aliases.includes(words))?.[0];
  // An exact word wins over a near one: "aduan" is ADUAN, not a slip of "bantuan".
  const exact = exactly(typed);
  const near = exact ?? entries.find(([, aliases]) => aliases.some((alias) => matches(typed, alias)))?.[0];
  const courteous = withoutCourtesy(typed);
  return near ?? saidInWords(text) ?? (courteous !== typed && courteous !== '' ? exactly(courteous) : undefined);
}

function saidInWords(text: string): GlobalCommand | undefined {
  if (languageRequest(text) !== undefined) return 'language';
  if (asksForPerson(text)) return 'person';
  return asksToComplain(text) ? 'complaint' : undefined;
}

/** A word or phrase among `aliases`, tolerant like the global commands (for KIRIM, LEWATI, LANJUT). */
export function saysWord(text: string, aliases: readonly string[]): boolean {
  const typed = normalizeCommandText(text);
  return aliases.some((alias) => matches(typed, alias));
}
