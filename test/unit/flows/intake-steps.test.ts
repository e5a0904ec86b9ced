// Per-step behaviour generated from the step table: every step is reachable, KEMBALI and BATAL work
// at each, every summary item can be changed with UBAH, and each validator reason is re-asked.
import { describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import { STEP_IDS } from '../../../flows/intake/ids.js';
import { STEPS } from '../../../flows/intake/steps/index.js';
import { EVERY_STEP_PATH, atStep, type Send } from './support.js';

describe('step table', () => {
  it('holds every step id under its own key', () => {
    for (const id of STEP_IDS) expect(STEPS[id].id).toBe(id);
  });

  it('is covered end to end by the every-step path', () => {
    expect(EVERY_STEP_PATH.map(([id]) => id)).toEqual([...STEP_IDS]);
  });
});

describe.each(STEP_IDS.map((id, i) => [id, i] as const))('at step %s', (id, index) => {
  it('KEMBALI returns to the previous question (or says it is the first)', () => {
    const t = atStep(id);
    const before = t.session!.history.at(-1);
    t.send('kembali');
    if (index === 0) {
      expect(t.text()).toContain(render('id', 'backNothing'));
      expect(t.at).toBe(id);
    } else {
      expect(t.at).toBe(before);
      expect(t.at).toBe(EVERY_STEP_PATH[index - 1]![0]);
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

/** UBAH <n>: the new answer(s), and text the summary must then show. */
const EDITS: readonly (readonly [item: number, answers: readonly Send[], shows: string])[] = [
  [1, ['tidak'], 'Sudah punya NIB: tidak'],
  [2, ['3505014203850002', 'ya'], 'NIK: 3505014203850002'],
  [3, ['3505011203850003', 'ya'], '12 Maret 1985, laki-laki'],
  [4, ['Budi Santoso'], 'Nama lengkap: Budi Santoso'],
  [5, ['Jl. Melati 3 RT 01 RW 02, Sanankulon'], 'Alamat KTP: Jl. Melati 3'],
  [6, [IMAGE], 'Foto KTP: terkirim'],
  [7, ['+62 813 1111 2222'], 'Nomor HP: 081311112222'],
  [8, ['belum punya email'], 'Email: belum punya'],
  [9, ['01.312.166.0-091.000'], 'NPWP: 013121660091000'],
  [10, ['belum'], 'Usaha sudah berjalan: tidak'],
  [11, ['Toko Kue Siti'], 'Nama usaha: Toko Kue Siti'],
  [12, ['jahit baju', '1'], 'Kegiatan usaha: jahit baju'],
  [13, ['tidak tahu'], 'KBLI: dipilihkan petugas'],
  [14, ['kue basah'], 'Produk/jasa: kue basah'],
  [15, ['20 juta', 'ya'], 'Rp 20.000.000'],
  [16, ['30 m2'], 'Luas tempat usaha: 30 m²'],
  [17, ['3'], 'Jumlah pekerja: 3 orang'],
  [18, ['ya'], 'Alamat usaha: sama dengan alamat KTP'],
  [19, ['sumberejo'], 'Desa/kelurahan: Sumberejo, Kec. Sanankulon'],
  [20, ['tidak tahu'], 'Kode pos: tidak tahu'],
  [21, ['3'], 'Bentuk usaha: CV'],
  [22, ['ya'], 'Pernyataan mandiri: setuju'],
];

describe('UBAH from the summary', () => {
  it('offers every summary item', () => {
    const t = atStep('summary');
    expect(t.text()).toContain('22. ');
    expect(EDITS).toHaveLength(22);
  });

  it.each(EDITS)('UBAH %i changes that field and returns to the summary', (item, answers, shows) => {
    const t = atStep('summary');
    t.send(`ubah ${item}`);
    expect(t.at).not.toBe('summary');
    for (const answer of answers) t.send(answer);
    expect(t.at).toBe('summary');
    expect(t.text()).toContain(shows);
  });

  it('asks again for an item number that does not exist', () => {
    const t = atStep('summary');
    t.send('UBAH 40');
    expect(t.text()).toContain(render('id', 'badSummary', { max: '22' }));
    expect(t.at).toBe('summary');
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
  ['nik', '35050152038500', render('id', 'badNikLength')],
  ['nik', '35O5015203850001', render('id', 'badNikLength')],
  ['nik', '9905015203850001', render('id', 'badNikProvince')],
  ['nik', '3505019903850001', render('id', 'badNikDate')],
  ['nik', '3505015203850000', render('id', 'badNikSerial')],
  ['nik_confirm', 'entah', render('id', 'badYesNo')],
  ['full_name', 'S', render('id', 'badNameEmpty')],
  ['full_name', 'Siti 123', render('id', 'badNameDigits')],
  ['full_name', 'Siti @minah', render('id', 'badNameChars')],
  ['full_name', 'A'.repeat(120), render('id', 'badNameLength')],
  ['ktp_address', 'rt 2', render('id', 'badAddress')],
  ['ktp_address', 'x'.repeat(400), render('id', 'badTextTooLong')],
  ['ktp_photo', 'foto nanti', render('id', 'badKtpPhotoText')],
  ['phone_offer', 'hmm', render('id', 'badYesNo')],
  ['phone', 'nomor saya', render('id', 'badPhone')],
  ['phone', '0812', render('id', 'badPhone')],
  ['phone', '021 555 1234', render('id', 'badPhoneNotMobile')],
  ['email', 'siti at gmail', render('id', 'badEmail')],
  ['email_fix', 'entah', render('id', 'badYesNo')],
  ['npwp', '12345', render('id', 'badNpwp')],
  ['operating', 'kadang', render('id', 'badYesNo')],
  ['business_name', 'x', render('id', 'badBusinessName')],
  ['activity', 'ab', render('id', 'badActivity')],
  ['kbli_pick', '7', render('id', 'badKbliPick', { max: '3' }).slice(0, 30)],
  ['products', 'x', render('id', 'badProducts')],
  ['capital', 'banyak', render('id', 'badCapital')],
  ['capital', '0', render('id', 'badCapitalZero')],
  ['capital_confirm', 'mungkin', render('id', 'badYesNo')],
  ['land_area', 'luas', render('id', 'badLandArea')],
  ['workers', 'banyak', render('id', 'badWorkers')],
  ['same_address', 'entah', render('id', 'badYesNo')],
  ['business_address', 'rt 2', render('id', 'badAddress')],
  ['village', 'qqqqqqqqqqq', render('id', 'villageNoneEmpty', { area: 'Kabupaten Blitar' })],
  ['village_district', '9', render('id', 'badVillagePick', { max: '2' })],
  ['village_pick', '9', render('id', 'badVillagePick', { max: '2' })],
  ['postal_code', '123', render('id', 'badPostalCode')],
  ['postal_code', '06151', render('id', 'badPostalCode')],
  ['legal_form', '7', render('id', 'badLegalForm')],
  ['declaration', 'tidak', render('id', 'declarationRefused')],
  ['declaration', 'nanti', render('id', 'badYesNo')],
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

  it('offers BANTUAN after three wrong answers in a row at the same step', () => {
    const t = atStep('nik');
    t.send('123');
    t.send('456');
    expect(t.text()).not.toContain(render('id', 'helpOffer'));
    t.send('789');
    expect(t.text()).toContain(render('id', 'helpOffer'));
    t.send(EVERY_STEP_PATH[3]![1]);
    expect(t.session!.attempts).toBe(0);
  });

  it('re-asks the NIK when the derived birth date is declined', () => {
    const t = atStep('nik_confirm');
    t.send('bukan');
    expect(t.at).toBe('nik');
    expect(t.text()).toContain(render('id', 'nikConfirmRetry'));
    expect(t.session!.answers.nik).toBeUndefined();
  });
});

describe('sender phone', () => {
  it('asks for the number when WhatsApp did not reveal it (@lid sender)', () => {
    const t = atStep('ktp_photo', {});
    t.send('lewati');
    expect(t.at).toBe('phone');
  });
});
