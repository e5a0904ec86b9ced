// Per-step behaviour generated from the step table: every step is reachable, KEMBALI and BATAL work
// at each, every summary line can be changed by number or by name, each validator reason is re-asked,
// and a wrong answer repeated never gets the same words three times (reason, another way in, a person).
import { describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import { STEP_IDS } from '../../../flows/intake/ids.js';
import { STEPS } from '../../../flows/intake/steps/index.js';
import { maskPersonal } from '../../../flows/understand/mask.js';
import { EVERY_STEP_PATH, SENDER_PHONE, SUMMARY_ONLY_STEPS, Transcript, atStep, type Send } from './support.js';

const FIRST_VISITS = [...new Map(EVERY_STEP_PATH.map(([id], i) => [id, i])).entries()];

describe('step table', () => {
  it('holds every step id under its own key', () => {
    for (const id of STEP_IDS) expect(STEPS[id].id).toBe(id);
  });

  it('reaches every step along the longest path or from the summary', () => {
    const reached = new Set([...EVERY_STEP_PATH.map(([id]) => id), ...SUMMARY_ONLY_STEPS]);
    expect([...reached].sort()).toEqual([...STEP_IDS].sort());
  });
});

describe.each(FIRST_VISITS)('at step %s', (id, index) => {
  it('KEMBALI returns to the previous question (or says it is the first)', () => {
    const t = atStep(id);
    const before = t.session!.history.at(-1);
    t.send('kembali');
    if (index === 0) {
      expect(t.text()).toContain(render('id', 'backNothing'));
      expect(t.at).toBe(id);
    } else {
      expect(t.at).toBe(before);
    }
  });

  it('BATAL asks for confirmation; TIDAK keeps everything, YA drops the session', () => {
    const t = atStep(id);
    const answers = t.session!.answers;
    t.send('BATAL');
    expect(t.text()).toContain(render('id', 'cancelConfirm'));
    t.send('tidak');
    expect(t.text()).toContain(render('id', 'cancelKept'));
    expect(t.at).toBe(id);
    expect(t.session!.answers).toEqual(answers);
    t.send('batal');
    t.send('ya');
    expect(t.last.session).toBeNull();
    expect(t.text()).toContain(render('id', 'cancelDone'));
  });
});

const IMAGE: Send = { kind: 'image', media: { ref: 'm_0123456789abcdefghijkl', mimetype: 'image/jpeg', size: 200_000 } };

/** How a summary line is changed (by number or by name), the new answer(s), and what the summary then shows. */
const EDITS: readonly (readonly [command: string, answers: readonly Send[], shows: string])[] = [
  ['ubah 1', ['belum'], 'Bentuk usaha'],
  ['UBAH 2', ['Budi Santoso'], 'Nama: Budi Santoso'],
  ['ubah nik', ['3505014203850002'], 'NIK: 3505014203850002 (lahir 2 Maret 1985, perempuan)'],
  ['alamat ktp salah', ['Jl. Melati 3 RT 01 RW 02, Sanankulon'], 'Alamat KTP: Jl. Melati 3'],
  ['ganti foto', [IMAGE], 'Foto KTP: terkirim'],
  ['ubah hp', ['+62 813 1111 2222'], 'Nomor HP (akun OSS): 081311112222'],
  ['email salah', ['belum punya email'], 'Email: belum punya'],
  ['ubah npwp', ['01.312.166.0-091.000'], 'NPWP: 013121660091000'],
  ['ubah bentuk usaha', ['UD'], 'Bentuk usaha: UD'],
  ['ubah kegiatan', ['jahit baju', '1'], 'Kegiatan usaha: jahit baju'],
  ['ubah kbli', ['tidak tahu'], 'Jenis usaha (KBLI): dipilihkan petugas'],
  ['ubah produk', ['kue basah'], 'Produk/jasa: kue basah'],
  ['ubah nama usaha', ['Toko Kue Siti'], 'Nama usaha: Toko Kue Siti'],
  ['ubah 14', ['belum'], 'Sudah berjalan: belum'],
  ['modal salah', ['20 juta'], 'Rp 20.000.000'],
  ['ubah luas', ['30 m2'], 'Luas tempat usaha: 30 m²'],
  ['ubah pekerja', ['3'], 'Pekerja: 3 orang'],
  ['ubah alamat usaha', ['ya'], 'Alamat usaha: sama dengan alamat KTP'],
  ['ubah desa', ['sumberejo'], 'Desa/kelurahan: Sumberejo, Kec. Sanankulon'],
  ['ubah kode pos', ['66151'], 'Kode pos: 66151'],
];

describe('changing the summary', () => {
  it('numbers every line, in bubbles of at most 500 characters', () => {
    const t = atStep('summary');
    expect(t.text()).toContain('20. Kode pos');
    for (const bubble of t.last.replies) expect(bubble.text.length).toBeLessThanOrEqual(500);
  });

  it.each(EDITS)('"%s" changes that line and returns to the summary', (command, answers, shows) => {
    const t = atStep('summary');
    t.send(command);
    expect(t.at).not.toBe('summary');
    for (const answer of answers) t.send(answer);
    expect(t.at).toBe('summary');
    expect(t.text()).toContain(shows);
  });

  it('a new KTP address moves the business village with it when the business is at home', () => {
    const t = atStep('same_address');
    t.send('ya, di rumah');
    expect(t.at).toBe('summary');
    expect(t.text()).toContain('Desa/kelurahan: Sumberejo, Kec. Sanankulon');
    t.send('alamat ktp salah');
    t.send('Jl. Mawar 1 RT 01 RW 02, Desa Plumpungrejo');
    expect(t.at).toBe('summary');
    expect(t.text()).toContain('Desa/kelurahan: Plumpungrejo, Kec. Kademangan');
    expect(t.session!.answers.villageCode).toBe('35.05.05.2004');
  });

  it('a new KTP address naming a village of several names asks which one, instead of keeping the old village', () => {
    const t = atStep('same_address');
    t.send('ya');
    t.send('alamat ktp salah');
    t.send('Dusun Krajan, Desa Sumberjo');
    expect(t.at).toBe('village_district');
    expect(t.session!.answers.villageCode).toBeUndefined();
    t.send('kademangan');
    expect(t.at).toBe('summary');
    expect(t.text()).toContain('Desa/kelurahan: Sumberjo, Kec. Kademangan');
  });

  it('asks which line when the applicant only says something is wrong, or names two lines', () => {
    for (const text of ['ada yang salah', 'tidak', 'ubah alamat']) {
      const t = atStep('summary');
      t.send(text);
      expect(t.text(), text).toContain(render('id', 'summaryWhich', { max: '20' }));
      expect(t.at).toBe('summary');
    }
  });

  it('TAMBAH adds a second activity to the first', () => {
    const t = atStep('summary');
    const first = t.session!.answers.kbli!;
    t.send('tambah');
    expect(t.text()).toContain(render('id', 'askActivityMore'));
    t.send('jualan pulsa');
    t.send('1');
    expect(t.at).toBe('summary');
    expect(t.session!.answers.kbli).toHaveLength(2);
    expect(t.session!.answers.kbli![0]).toBe(first[0]);
  });

  it('asks again for a line number that does not exist', () => {
    const t = atStep('summary');
    t.send('UBAH 40');
    expect(t.at).toBe('summary');
    expect(t.session!.attempts).toBe(1);
  });

  it('KEMBALI while editing returns to the summary', () => {
    const t = atStep('summary');
    t.send('UBAH 4');
    t.send('kembali');
    expect(t.at).toBe('summary');
    expect(t.session!.editing).toBeNull();
  });
});

/** Each validator reason at its step: the answer, and the re-prompt it must get. */
const REPROMPTS: readonly (readonly [step: string, answer: string, reply: string])[] = [
  ['has_nib', 'mungkin', render('id', 'badYesNo')],
  ['existing_nib', '12345', render('id', 'badNib')],
  ['amendment_what', '9', render('id', 'badAmendment')],
  ['legal_form', '7', render('id', 'badLegalForm')],
  ['nik', '35050152038500', render('id', 'badNikLength', { count: '14' })],
  ['nik', '35O5015203850001', render('id', 'badNikLength', { count: '15' })],
  ['nik', '9905015203850001', render('id', 'badNikProvince')],
  ['nik', '3505019903850001', render('id', 'badNikDate')],
  ['nik', '3505015203850000', render('id', 'badNikSerial')],
  ['nik', 'lupa', render('id', 'nikUnknown')],
  ['full_name', 'S', render('id', 'badNameEmpty')],
  ['full_name', 'Siti 123', render('id', 'badNameDigits')],
  ['full_name', 'Siti @minah', render('id', 'badNameChars')],
  ['full_name', 'A'.repeat(120), render('id', 'badNameLength')],
  ['ktp_address', 'rt 2', render('id', 'badAddress')],
  ['ktp_address', 'x'.repeat(400), render('id', 'badTextTooLong')],
  ['ktp_photo', 'fotonya', render('id', 'badKtpPhotoText')],
  ['phone', 'nomor saya', render('id', 'badPhone')],
  ['phone', '0812', render('id', 'badPhone')],
  ['phone', '021 555 1234', render('id', 'badPhoneNotMobile')],
  ['email', 'siti at gmail', render('id', 'badEmail')],
  ['email_fix', 'entah', render('id', 'badYesNo')],
  ['activity', 'ab', render('id', 'badActivity')],
  ['kbli_pick', '7', render('id', 'badKbliPick', { max: '3' })],
  ['kbli_pick', 'tidak ada yang cocok', render('id', 'kbliNoneFit')],
  ['kbli_many', 'mungkin', render('id', 'badYesNo')],
  ['business_name', 'x', render('id', 'badBusinessName')],
  ['operating', 'kadang', render('id', 'badYesNo')],
  ['capital', 'banyak', render('id', 'badCapital')],
  ['capital', '0', render('id', 'badCapitalZero')],
  ['capital', 'tidak tahu', render('id', 'capitalUnknown')],
  ['capital_confirm', 'mungkin', render('id', 'badYesNo')],
  ['land_area', 'luas', render('id', 'badLandArea')],
  ['workers', 'banyak', render('id', 'badWorkers')],
  ['same_address', 'entah', render('id', 'badYesNo')],
  ['business_address', 'rt 2', render('id', 'badAddress')],
  ['village', 'qqqqqqqqqqq', render('id', 'villageNoneEmpty', { area: 'Kabupaten Blitar' })],
  ['village_district', '9', render('id', 'badVillagePick', { max: '2' })],
  ['village_pick', '9', render('id', 'badVillagePick', { max: '2' })],
];

describe('re-prompts', () => {
  it.each(REPROMPTS)('at %s, "%s" is re-asked with its reason', (step, answer, reply) => {
    const t = atStep(step);
    const answers = t.session!.answers;
    t.send(answer);
    expect(t.text()).toContain(reply);
    expect(t.at).toBe(step);
    expect(t.session!.answers).toEqual(answers);
  });
});

/** The first wrong answer of each step from the table above. */
const ONE_WRONG_PER_STEP = [...new Map(REPROMPTS.map(([step, answer]) => [step, answer])).entries()];

describe('escalation: the same words are never sent three times', () => {
  it.each(ONE_WRONG_PER_STEP)('at %s, "%s" again and again: reason, another way in, a person offered, a person called', (step, wrong) => {
    const t = atStep(step);
    const seen: string[] = [];
    t.send(wrong);
    seen.push(t.text());
    t.send(wrong);
    seen.push(t.text());
    expect(seen[1]).not.toBe(seen[0]);
    t.send(wrong);
    seen.push(t.text());
    expect(t.text()).toContain(render('id', 'offerPerson'));
    t.send(wrong);
    const [help] = t.effects('request_help');
    expect(help).toMatchObject({ type: 'request_help', reason: 'stuck' });
    expect(help!.recent).toContain(maskPersonal(wrong.slice(0, 200)));
    t.trigger({ type: 'help_requested', ref: 'BT-7KQ3M' });
    seen.push(t.text());
    expect(t.text()).toContain('BT-7KQ3M');
    t.send(wrong);
    seen.push(t.text());
    expect(t.effects('forward_help')).toHaveLength(1);
    expect(t.text()).toContain(render('id', 'helpForwarded', { ref: 'BT-7KQ3M' }));
    t.send(wrong);
    seen.push(t.text());
    expect(t.text()).toBe(render('id', 'helpForwarded', { ref: 'BT-7KQ3M' }));
    const counts = new Map<string, number>();
    for (const reply of seen) counts.set(reply, (counts.get(reply) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThan(3);
    expect(t.at).toBe(step);
  });

  it('after numbered choices were offered, a yes/no question takes 1 or 2', () => {
    const t = atStep('operating');
    t.send('kadang');
    t.send('kadang');
    expect(t.text()).toContain(render('id', 'yesNoNumbered'));
    t.send('2');
    expect(t.session!.answers.operating).toBe(false);
    expect(t.at).toBe('capital');
  });

  it('a right answer after wrong ones starts the count again', () => {
    const t = atStep('nik');
    t.send('123');
    t.send('456');
    t.send(EVERY_STEP_PATH.find(([id]) => id === 'nik')![1]);
    expect(t.session!.attempts).toBe(0);
    expect(t.at).toBe('full_name');
  });
});

describe('the legal form in the applicant\'s words', () => {
  it.each([
    ['PT, sudah ada akta notaris', 'pt'],
    ['CV. sudah punya akta notaris', 'cv'],
    ['belum ada akta notaris', 'perseorangan'],
    ['usaha sendiri, tanpa akta', 'perseorangan'],
    ['UD', 'ud'],
    ['bukan PT, milik pribadi', 'perseorangan'],
  ] as const)('%j is %s', (reply, form) => {
    const t = atStep('legal_form');
    t.send(reply);
    expect(t.session!.answers.legalForm).toBe(form);
  });

  it('"sudah ada akta notaris" alone does not say CV or PT: the question is asked again', () => {
    const t = atStep('legal_form');
    t.send('sudah ada akta notaris');
    expect(t.session!.answers.legalForm).toBeUndefined();
    expect(t.text()).toContain(render('id', 'askLegalForm'));
  });
});

describe('the other branch, without KEMBALI', () => {
  it('"maaf saya belum punya NIB" where the NIB number is asked starts a new NIB', () => {
    const t = atStep('existing_nib');
    t.send('maaf saya belum punya NIB');
    expect(t.text()).toContain(render('id', 'nibNoneNote'));
    expect(t.at).toBe('legal_form');
    expect(t.session!.answers).toMatchObject({ hasNib: false });
    expect(t.session!.answers.existingNib).toBeUndefined();
  });

  it('"lupa" where the NIB number is asked carries on, for the operator to look it up', () => {
    const t = atStep('existing_nib');
    t.send('lupa nomornya');
    expect(t.at).toBe('amendment_what');
    expect(t.session!.answers.existingNib).toBeNull();
  });

  it('the NIB itself where "sudah punya NIB?" is asked answers both questions', () => {
    const t = atStep('has_nib');
    t.send('1234567890123');
    expect(t.at).toBe('amendment_what');
    expect(t.session!.answers).toMatchObject({ hasNib: true, existingNib: '1234567890123' });
  });

  it('a 16-digit NIK where the name is asked is taken as the NIK, and the name asked again', () => {
    const t = atStep('full_name');
    t.send('3505014203850002');
    expect(t.session!.answers.nik).toBe('3505014203850002');
    expect(t.at).toBe('full_name');
    expect(t.session!.attempts).toBe(1);
    expect(t.text()).toContain(render('id', 'askFullName'));
  });

  it('a KTP photo where the NIK is asked is kept as the KTP photo, and the photo question is then skipped', () => {
    const t = atStep('nik');
    t.send(IMAGE);
    expect(t.text()).toContain(render('id', 'ktpPhotoReceived'));
    expect(t.at).toBe('nik');
    t.send('3505015203850001');
    t.send('Siti Aminah');
    t.send('Dusun Krajan RT 2, Desa Sumberejo');
    expect(t.at).not.toBe('ktp_photo');
    expect(t.session!.answers.ktpPhoto).toMatchObject({ mimetype: 'image/jpeg' });
  });
});

describe('fewer questions', () => {
  it('the phone is asked only when WhatsApp does not reveal it', () => {
    const withPhone = atStep('email', { senderPhone: SENDER_PHONE });
    expect(withPhone.session!.answers.phone).toBe(SENDER_PHONE);
    expect(withPhone.session!.history).not.toContain('phone');
    const hidden = atStep('ktp_photo');
    hidden.send('lewati');
    expect(hidden.at).toBe('phone');
  });

  it('the village named in the KTP address is confirmed in the same-address question, not asked', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.sendAll(['halo', 'ya', 'belum', '1', '3505015203850001', 'Siti', 'Dusun Krajan RT 2, Desa Plumpungrejo, Kec. Kademangan', 'lewati', 'tidak punya',
      'jahit baju', '1', 'Siti Jahit', 'sudah', '5 juta', '3x3', '1']);
    expect(t.text()).toContain(render('id', 'askSameAddressVillage', { village: 'Plumpungrejo', district: 'Kademangan' }));
    t.send('sama');
    expect(t.session!.answers.villageCode).toBe('35.05.05.2004');
    expect(t.at).toBe('summary');
  });

  it('a KTP village name found in two kecamatan is asked by kecamatan, and answered by name', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.sendAll(['halo', 'ya', 'belum', '1', '3505015203850001', 'Siti', 'Dusun Krajan RT 2, Desa Sumberjo', 'lewati', 'tidak punya',
      'jahit baju', '1', 'Siti Jahit', 'sudah', '5 juta', '3x3', '1', 'iya sama']);
    expect(t.at).toBe('village_district');
    expect(t.text()).toContain(render('id', 'districtOption', { n: '1', district: 'Bakung' }));
    t.send('Bakung');
    expect(t.session!.answers.villageCode).toBe('35.05.01.2001');
  });
});
