// The admin API's masks: enough to recognise a person, useless to anyone else; and event details as
// operators see them, never the applicant's own words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventView, maskEmail, maskName, maskPhone } from '../../../flows/reports/case-view.js';

describe('masks', () => {
  it.each([
    [maskName, 'SITI CONTOH', 'S*** C*****'],
    [maskName, 'Ani', 'A**'],
    [maskPhone, '+6281234567890', '+6281******890'],
    [maskEmail, 'siti.aminah@gmail.com', 's•••@gmail.com'],
    [maskEmail, 'nope', '•••'],
  ])('%o(%s) = %s', (mask, value, masked) => {
    expect(mask(value)).toBe(masked);
  });

  it('a masked phone keeps its length and never shows more than seven of its digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\+628\d{8,11}$/), (phone) => {
      const masked = maskPhone(phone);
      expect(masked).toHaveLength(phone.length);
      expect(masked.replace(/\D/g, '').length).toBeLessThanOrEqual(7);
    }));
  });
});

describe('eventView', () => {
  const nameOf = (key: string): string | undefined => (key === 'k1' ? 'Vina' : undefined);
  it('names staff, masks their texts, and drops what the applicant wrote', () => {
    expect(eventView({ at: 0, type: 'asked', actor: 'staff:k1', detail: { by: 'Vina', question: 'NIK 3505015203850001 benar?' } }, nameOf))
      .toEqual({ at: '1970-01-01T00:00:00.000Z', type: 'asked', actor: 'staff', staff: 'Vina', detail: { by: 'Vina', question: 'NIK 35••••••••••••01 benar?' } });
    expect(eventView({ at: 0, type: 'applicant_message', actor: 'applicant', detail: { text: 'nama saya Siti' } }, nameOf)).toEqual({ at: '1970-01-01T00:00:00.000Z', type: 'applicant_message', actor: 'applicant' });
    expect(eventView({ at: 0, type: 'rated', actor: 'applicant', detail: { rating: 4 } }, nameOf).detail).toEqual({ rating: 4 });
  });
});
