// Several answers in one message: what is recognised is filled in and said back, the questions it
// answers are not asked, and a clause without a clear marker is never guessed at.
import { describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import { sessionSchema } from '../../../flows/intake/session.js';
import { SENDER_PHONE, Transcript, atStep } from './support.js';

describe('several answers in one message', () => {
  it('"nama saya Umi, usaha jahit di Plumpungrejo" at the name fills the name, the activity and the village', () => {
    const t = atStep('full_name');
    t.send('nama saya Umi, usaha jahit di Plumpungrejo');
    const a = t.session!.answers;
    expect(a.fullName).toBe('Umi');
    expect(a.activity).toBe('usaha jahit');
    expect(a.villageCode).toBe('35.05.05.2004');
    expect(t.text()).toContain(render('id', 'factVillage', { village: 'Plumpungrejo', district: 'Kademangan' }));
    expect(t.at).toBe('ktp_address');
  });

  it('the questions already answered are skipped later', () => {
    const t = atStep('full_name', { senderPhone: SENDER_PHONE });
    t.send('nama saya Umi, usaha jahit, sudah jalan 3 tahun, modal 5 juta, karyawan 2 orang');
    t.sendAll(['Dusun Krajan RT 2, Desa Sumberejo', 'lewati', 'belum punya']);
    expect(t.at).toBe('kbli_pick');
    t.sendAll(['1', 'Umi Jahit']);
    expect(t.at).toBe('land_area');
    t.send('3x3');
    expect(t.at).toBe('same_address');
    expect(t.session!.answers).toMatchObject({ operating: true, capital: 5_000_000, workers: 2 });
  });

  it('a village name found in two kecamatan becomes the kecamatan question when the place comes up', () => {
    const t = atStep('full_name', { senderPhone: SENDER_PHONE });
    t.send('nama saya Umi, jualan gorengan di Sumberjo');
    expect(t.text()).toContain(render('id', 'factVillageName', { village: 'Sumberjo' }));
    t.sendAll(['Jl. Raya Malang 5, Kota Malang', 'lewati', 'belum punya', '1', 'Gorengan Umi', 'sudah', '2 juta', '2x2', '1', 'iya sama']);
    expect(t.at).toBe('village_district');
    t.send('Kademangan');
    expect(t.at).toBe('village_pick');
  });

  it('an email or a phone number typed at another question is taken, that question asked again', () => {
    const t = atStep('ktp_photo');
    t.send('siti.aminah@yahoo.co.id');
    expect(t.session!.answers.email).toBe('siti.aminah@yahoo.co.id');
    expect(t.at).toBe('ktp_photo');
    expect(t.session!.attempts).toBe(1);
  });

  it('never guesses at one unmarked clause: a business name with a trade word stays a business name', () => {
    const t = atStep('business_name');
    t.send('Jual Beli Motor Jaya');
    expect(t.session!.answers.businessName).toBe('Jual Beli Motor Jaya');
  });

  it('an address keeps its village to itself: the KTP village is not taken as the business place', () => {
    const t = atStep('ktp_address');
    t.send('Dsn Krajan RT 2, Desa Plumpungrejo, Kec. Kademangan');
    expect(t.session!.answers.villageCode).toBeUndefined();
    expect(t.session!.answers.homeVillageCode).toBe('35.05.05.2004');
  });
});

describe('sessions saved by the previous version', () => {
  it('carry on where they were, retired questions mapped to the next one', () => {
    const v1 = {
      v: 1, lang: 'id', mode: 'intake', at: 'nik_confirm', history: ['has_nib', 'nik'], attempts: 0, editing: null, pending: null,
      consent: { version: 'x', at: 1 }, answers: { hasNib: false, nik: '3505015203850001', nikConfirmed: false, offeredPhone: SENDER_PHONE },
      cases: [], timer: null, lastActivity: 1,
    };
    const session = sessionSchema.parse(v1);
    expect(session).toMatchObject({ v: 2, at: 'full_name', langChosen: false, recent: [], help: null, answers: { nik: '3505015203850001', chatPhone: SENDER_PHONE } });
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.session = session;
    t.send('Siti Aminah');
    expect(t.at).toBe('ktp_address');
  });
});
