// The whole intake, as an applicant types it: informal Indonesian with typos, to a created case.
import { describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import { MONDAY_10_WIB, SATURDAY_10_WIB, SENDER_PHONE, Transcript } from './support.js';

const HAPPY: readonly [message: string, expectInReply: string, atAfter: string][] = [
  ['mas mau bikin nib gmn ya', 'GRATIS', 'consent'],
  ['iyaa kak', render('id', 'askHasNib'), 'has_nib'],
  ['blm', render('id', 'askNik'), 'nik'],
  ['3505 0152 0385 0001', '12 Maret 1985', 'nik_confirm'],
  ['bener', render('id', 'askFullName'), 'full_name'],
  ['SITI AMINAH', render('id', 'askKtpAddress'), 'ktp_address'],
  ['dsn krajan rt 2 rw 1 ds sumberejo', render('id', 'askKtpPhoto'), 'ktp_photo'],
  ['skip', '081234567890', 'phone_offer'],
  ['y', render('id', 'askEmail'), 'email'],
  ['siti@gmial.com', render('id', 'askEmailFix', { email: 'siti@gmail.com' }), 'email_fix'],
  ['iya', render('id', 'askNpwp'), 'npwp'],
  ['ga punya', render('id', 'askOperating'), 'operating'],
  ['udah', render('id', 'askBusinessName'), 'business_name'],
  ['Warung Bu Siti', render('id', 'askActivity'), 'activity'],
  ['jualan nasi pecel di warung', '56102', 'kbli_pick'],
  ['1', render('id', 'askProducts'), 'products'],
  ['nasi pecel, es teh', render('id', 'askCapital'), 'capital'],
  ['kira2 15jt', 'Rp 15.000.000', 'capital_confirm'],
  ['ok', render('id', 'askLandArea'), 'land_area'],
  ['4x5', render('id', 'askWorkers'), 'workers'],
  ['2 orang', render('id', 'askSameAddress'), 'same_address'],
  ['iya kak', render('id', 'askVillage', { regency: 'Kabupaten Blitar' }), 'village'],
  ['sumberjo bakung', render('id', 'askPostalCode'), 'postal_code'],
  ['66151', render('id', 'askLegalForm'), 'legal_form'],
  ['1', render('id', 'askDeclaration'), 'declaration'],
  ['setuju', 'UBAH', 'summary'],
];

function runHappyPath(now = MONDAY_10_WIB): Transcript {
  const t = new Transcript({ senderPhone: SENDER_PHONE, now });
  for (const [message, expected, at] of HAPPY) {
    t.send(message);
    expect(t.text(), `after "${message}"`).toContain(expected);
    expect(t.at, `after "${message}"`).toBe(at);
  }
  return t;
}

describe('intake happy path', () => {
  it('walks from the first message to the summary, one question at a time', () => {
    runHappyPath();
  });

  it('asks nothing personal and stores nothing before consent', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.send('halo');
    expect(t.session?.answers).toEqual({});
    expect(t.session?.consent).toBeNull();
    expect(t.text()).toContain('UU 27/2022');
    expect(t.text()).toContain('Senin–Kamis pukul 08:00–15:00 WIB; Jumat pukul 08:00–14:30 WIB');
    t.send('ya');
    expect(t.session?.consent).toEqual({ version: 'pdp-2025-01', at: t.now });
  });

  it('submits the full dossier on KIRIM and confirms the case with today when the office is open', () => {
    const t = runHappyPath();
    t.send('kirim');
    const [submit] = t.effects('submit_case');
    expect(t.session?.mode).toBe('submitting');
    expect(submit?.dossier).toMatchObject({
      kind: 'new',
      consent: { version: 'pdp-2025-01' },
      identity: { nik: '3505015203850001', fullName: 'SITI AMINAH', birthDate: '1985-03-12', gender: 'female' },
      contact: { phone: '+6281234567890', email: 'siti@gmail.com' },
      business: {
        name: 'Warung Bu Siti',
        kbli: [{ code: '56102', title: 'Rumah/Warung Makan', version: '2020' }],
        kbliUnknown: false,
        capital: 15_000_000,
        landAreaM2: 20,
        workers: 2,
        address: { sameAsKtp: true, villageCode: '35.05.01.2001', districtCode: '35.05.01', postalCode: '66151' },
        legalForm: 'perseorangan',
      },
      declarations: { agreed: true },
      flags: { needsEmailHelp: false, notUmk: false, forDpmptsp: false, kbliUnknown: false },
    });
    t.trigger({ type: 'case_created', caseId: 'LK-7KQ3M' });
    expect(t.text()).toContain('LK-7KQ3M');
    expect(t.text()).toContain(render('id', 'whenToday'));
    expect(t.text()).toContain('STATUS');
    expect(t.session).toMatchObject({ mode: 'idle', cases: ['LK-7KQ3M'], answers: {} });
  });

  it('says the next working day when the case arrives on a Saturday', () => {
    const t = runHappyPath(SATURDAY_10_WIB);
    t.send('KIRIM');
    t.trigger({ type: 'case_created', caseId: 'LK-AAAAA' });
    expect(t.text()).toContain(render('id', 'whenNext', { at: 'Senin 08:00 WIB' }));
  });

  it('starts a second intake from MENU after a case, without asking consent again', () => {
    const t = runHappyPath();
    t.send('kirim');
    t.trigger({ type: 'case_created', caseId: 'LK-AAAAA' });
    t.send('MENU');
    expect(t.text()).toContain(render('id', 'menuFirstNew'));
    t.send('1');
    expect(t.at).toBe('has_nib');
    expect(t.session?.cases).toEqual(['LK-AAAAA']);
  });
});
