// Why cases are rejected, as a category. The operator's reason is free text and may name the
// applicant, so reports (and an anonymised case) keep only the category read from it.
import { words } from '../validators/text.js';

export const REJECTION_CATEGORIES = ['documents', 'duplicate', 'out_of_area', 'not_eligible', 'unreachable', 'withdrawn', 'other'] as const;
export type RejectionCategory = (typeof REJECTION_CATEGORIES)[number];

/** Checked in this order: the first category with a matching phrase wins. */
const PHRASES: readonly [RejectionCategory, readonly string[]][] = [
  ['duplicate', ['sudah punya nib', 'sudah ada nib', 'sudah memiliki nib', 'nib sudah ada', 'sudah terdaftar', 'ganda', 'dobel', 'double', 'duplikat', 'already has']],
  ['withdrawn', ['dibatalkan pemohon', 'pemohon membatalkan', 'tidak jadi', 'gak jadi', 'mundur', 'minta batal', 'withdrawn', 'withdrew']],
  ['unreachable', ['tidak bisa dihubungi', 'tidak dapat dihubungi', 'tidak menjawab', 'tidak merespon', 'tidak respon', 'tidak ada kabar', 'tidak ada jawaban', 'no answer', 'unreachable']],
  ['out_of_area', ['luar wilayah', 'luar daerah', 'bukan wilayah', 'luar kabupaten', 'luar kota', 'beda kabupaten', 'outside the area']],
  ['not_eligible', ['modal', 'bukan umk', 'tidak memenuhi', 'bukan usaha mikro', 'tidak termasuk', 'usaha besar', 'kbli tidak', 'not eligible']],
  ['documents', ['ktp', 'nik', 'dokumen', 'berkas', 'data tidak', 'tidak lengkap', 'tidak sesuai', 'tidak valid', 'salah', 'foto', 'kk', 'npwp', 'email', 'documents']],
];

/** The category of a rejection reason as typed; 'other' when no phrase matches. */
export function rejectionCategory(reason: string): RejectionCategory {
  // Whole words only: "kk" must not match inside "kakak", nor "nik" inside "teknik".
  const text = ` ${words(reason).join(' ')} `;
  const found = PHRASES.find(([, phrases]) => phrases.some((phrase) => text.includes(` ${phrase} `)));
  return found?.[0] ?? 'other';
}

export function isRejectionCategory(value: unknown): value is RejectionCategory {
  return typeof value === 'string' && (REJECTION_CATEGORIES as readonly string[]).includes(value);
}
