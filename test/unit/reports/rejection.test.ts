// A rejection's free-text reason is kept only as a category: table cases and totality.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REJECTION_CATEGORIES, rejectionCategory, type RejectionCategory } from '../../../flows/reports/rejection.js';

describe('rejectionCategory', () => {
  it.each<[string, RejectionCategory]>([
    ['data KTP tidak sesuai', 'documents'],
    ['Foto KTP buram, NIK tidak terbaca', 'documents'],
    ['pemohon sudah punya NIB', 'duplicate'],
    ['pengajuan ganda', 'duplicate'],
    ['usaha di luar wilayah Kabupaten Blitar', 'out_of_area'],
    ['modal di atas 5 miliar, bukan UMK', 'not_eligible'],
    ['pemohon tidak bisa dihubungi 3 hari', 'unreachable'],
    ['pemohon tidak jadi mengurus', 'withdrawn'],
    ['lainnya', 'other'],
    ['kakak saya yang urus', 'other'],
    ['', 'other'],
  ])('"%s" → %s', (reason, category) => {
    expect(rejectionCategory(reason)).toBe(category);
  });

  it('always answers one of the categories, whatever was typed', () => {
    fc.assert(fc.property(fc.string(), (reason) => {
      expect(REJECTION_CATEGORIES).toContain(rejectionCategory(reason));
    }));
  });
});
