// The whole intake, as an applicant types it: informal Indonesian with typos, to a created case, in
// at most 20 messages for an individual with one activity and no NPWP. What is derived (birth date
// and sex, the village from the KTP address, the phone from WhatsApp, NPWP = NIK, products) is shown
// in the summary instead of asked.
import { describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import { MONDAY_10_WIB, SATURDAY_10_WIB, SENDER_PHONE, Transcript } from './support.js';

const HAPPY: readonly [message: string, expectInReply: string, atAfter: string][] = [
  ['mas mau bikin nib gmn ya', 'GRATIS', 'consent'],
  ['iyaa kak', render('id', 'askHasNib'), 'has_nib'],
  ['blm', render('id', 'askLegalForm'), 'legal_form'],
  ['pribadi', render('id', 'askNik'), 'nik'],
  ['3505 0152 0385 0001', '12 Maret 1985', 'full_name'],
  ['SITI AMINAH', render('id', 'askKtpAddress'), 'ktp_address'],
  ['dsn krajan rt 2 rw 1 ds plumpungrejo kec kademangan', render('id', 'askKtpPhoto'), 'ktp_photo'],
  ['skip', render('id', 'askEmail'), 'email'],
  ['siti@gmial.com', render('id', 'askEmailFix', { email: 'siti@gmail.com' }), 'email_fix'],
  ['iya', render('id', 'askActivity'), 'activity'],
  ['jualan nasi pecel di warung', 'Warung makan (56102)', 'kbli_pick'],
  ['yang warung makan', render('id', 'askBusinessName'), 'business_name'],
  ['Warung Bu Siti', render('id', 'askOperating'), 'operating'],
  ['udah jalan', render('id', 'askCapital'), 'capital'],
  ['kira2 15jt', 'Rp 15.000.000', 'land_area'],
  ['4x5', render('id', 'askWorkers'), 'workers'],
  ['2 orang', render('id', 'askSameAddressVillage', { village: 'Plumpungrejo', district: 'Kademangan' }), 'same_address'],
  ['iya sama', 'UBAH', 'summary'],
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
  it('walks from the first message to the summary, one question at a time, in 18 messages with KIRIM', () => {
    runHappyPath();
    expect(HAPPY.length + 1).toBeLessThanOrEqual(20);
  });

  it('opens with at most three short bubbles, and asks nothing personal nor stores anything before consent', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.send('halo');
    expect(t.last.replies.length).toBeLessThanOrEqual(3);
    for (const reply of t.last.replies) expect(reply.text.length).toBeLessThanOrEqual(500);
    expect(t.session?.answers).toEqual({});
    expect(t.session?.consent).toBeNull();
    expect(t.session?.recent).toEqual([]);
    expect(t.text()).toContain('Senin–Kamis pukul 08:00–15:00 WIB; Jumat pukul 08:00–14:30 WIB');
    expect(t.text()).toContain('HAPUS DATA');
    t.send('ya');
    expect(t.session?.consent).toEqual({ version: 'pdp-2025-01', at: t.now });
  });

  it('shows what was derived in the summary so it can be checked', () => {
    const t = runHappyPath();
    const summary = t.text();
    expect(summary).toContain('3505015203850001 (lahir 12 Maret 1985, perempuan)');
    expect(summary).toContain('081234567890 (nomor WhatsApp ini)');
    expect(summary).toContain(`NPWP: ${render('id', 'valueNpwpIsNik')}`);
    expect(summary).toContain(`Kode pos: ${render('id', 'valuePostalByOperator')}`);
    expect(summary).toContain('Desa/kelurahan: Plumpungrejo, Kec. Kademangan');
    for (const bubble of t.last.replies) expect(bubble.text.length).toBeLessThanOrEqual(500);
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
        operating: true,
        name: 'Warung Bu Siti',
        kbli: [{ code: '56102', title: 'Rumah/Warung Makan', version: '2020' }],
        kbliUnknown: false,
        products: 'jualan nasi pecel di warung',
        capital: 15_000_000,
        landAreaM2: 20,
        workers: 2,
        address: { sameAsKtp: true, villageCode: '35.05.05.2004', districtCode: '35.05.05' },
        legalForm: 'perseorangan',
      },
      declarations: { agreed: true, at: t.now },
      flags: { needsEmailHelp: false, notUmk: false, forDpmptsp: false, kbliUnknown: false, postalCodeUnknown: true, npwpIsNik: true, company: false },
    });
    expect((submit?.dossier.contact as Record<string, unknown>).npwp).toBeUndefined();
    t.trigger({ type: 'case_created', caseId: 'LK-7KQ3M' });
    expect(t.text()).toContain('LK-7KQ3M');
    expect(t.text()).toContain(render('id', 'whenToday'));
    expect(t.session).toMatchObject({ mode: 'idle', cases: ['LK-7KQ3M'], answers: {}, help: null, recent: [] });
  });

  it('says the next working day when the case arrives on a Saturday', () => {
    const t = runHappyPath(SATURDAY_10_WIB);
    t.send('KIRIM');
    t.trigger({ type: 'case_created', caseId: 'LK-AAAAA' });
    expect(t.text()).toContain(render('id', 'whenNext', { at: 'Senin 08:00 WIB' }));
  });

  it('sends from the summary on a plain "ya" or "sudah benar" too', () => {
    for (const yes of ['ya', 'sudah benar', 'nggih', 'ok']) {
      const t = runHappyPath();
      t.send(yes);
      expect(t.effects('submit_case'), yes).toHaveLength(1);
    }
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
