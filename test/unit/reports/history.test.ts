// RIWAYAT shows who did what; NIKs, phones and the applicant's own words stay out of the group.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../flows/i18n/index.js';
import { HISTORY_SHOWN, historyText, type HistoryEvent } from '../../../flows/reports/history.js';
import { ZONE, wib } from './fixtures.js';

const ctx = {
  t: translator('id'), timeZone: ZONE,
  nameOf: (actor: string) => ({ 'staff:k1': 'Vina' } as Record<string, string>)[actor],
  deskName: (level: string, code: string) => `${level} ${code}`,
};

describe('historyText', () => {
  const events: HistoryEvent[] = [
    { at: wib('2026-11-16T09:00'), type: 'submitted', actor: 'applicant' },
    { at: wib('2026-11-16T09:01'), type: 'dispatched', actor: 'system', detail: { desk: 'village', code: '35.05.02.2007' } },
    { at: wib('2026-11-16T10:00'), type: 'claimed', actor: 'staff:k1' },
    { at: wib('2026-11-16T10:05'), type: 'asked', actor: 'staff:k1', detail: { by: 'Vina', question: 'Apakah NIK 3505015203850001 benar? HP 081234567890' } },
    { at: wib('2026-11-16T10:20'), type: 'applicant_message', actor: 'applicant', detail: { text: 'NIK saya 3505015203850001' } },
    { at: wib('2026-11-17T11:00'), type: 'reassigned_somehow', actor: 'system' },
  ];
  const text = historyText('LK-7KQ2M', 'claimed', events, ctx);

  it('says who did what and when', () => {
    expect(text.split('\n')).toEqual([
      '*Riwayat LK-7KQ2M* (sedang disiapkan petugas)',
      '• 16 Nov 09:00: diajukan pemohon',
      '• 16 Nov 09:01: diteruskan ke village 35.05.02.2007',
      '• 16 Nov 10:00: diambil Vina',
      expect.stringMatching(/^• 16 Nov 10:05: Vina bertanya: “Apakah NIK 35•+01 benar\? HP 08•+90”$/),
      '• 16 Nov 10:20: pesan dari pemohon',
      '• 17 Nov 11:00: reassigned somehow',
    ]);
  });

  it('never shows a NIK, a phone number or what the applicant wrote', () => {
    expect(text).not.toContain('3505015203850001');
    expect(text).not.toContain('081234567890');
    expect(text).not.toContain('NIK saya');
  });

  it('shows the latest events and counts the older ones', () => {
    const many = Array.from({ length: HISTORY_SHOWN + 3 }, (_, i): HistoryEvent => ({ at: wib('2026-11-16T09:00') + i * 60_000, type: 'detail_viewed', actor: 'staff:k1' }));
    const lines = historyText('LK-7KQ2M', 'claimed', many, ctx).split('\n');
    expect(lines[1]).toBe('(3 kejadian sebelumnya tidak ditampilkan)');
    expect(lines).toHaveLength(HISTORY_SHOWN + 2);
  });
});
