// Global commands, branches, media, timers and host triggers of the applicant conversation.
import { describe, expect, it } from 'vitest';
import type { FlowInput } from '../../../flows/engine/types.js';
import { render, resume } from '../../../flows/index.js';
import { EVERY_STEP_PATH, SENDER_PHONE, Transcript, atStep, testDeps } from './support.js';

function toSummaryAndSubmit(t: Transcript): Record<string, unknown> {
  for (const [, answer] of EVERY_STEP_PATH.slice(EVERY_STEP_PATH.findIndex(([id]) => id === t.at))) t.send(answer);
  expect(t.at).toBe('summary');
  t.send('KIRIM');
  const [submit] = t.effects('submit_case');
  expect(submit).toBeDefined();
  return submit!.dossier;
}

describe('consent', () => {
  it('declining ends politely and deletes the session', () => {
    const t = new Transcript();
    t.send('halo');
    t.send('tidak');
    expect(t.last.session).toBeNull();
    expect(t.text()).toContain(render('id', 'consentDeclined'));
  });

  it('an unclear answer is asked again, short', () => {
    const t = new Transcript();
    t.sendAll(['halo', 'apa itu?']);
    expect(t.text()).toBe(render('id', 'consentAsk'));
    expect(t.at).toBe('consent');
  });
});

describe('branches', () => {
  it('an existing NIB makes the dossier an amendment', () => {
    const dossier = toSummaryAndSubmit(atStep('has_nib'));
    expect(dossier).toMatchObject({ kind: 'amendment', existingNib: '1234567890123', amendment: 'kbli' });
  });

  it('"tidak punya email" flags that the applicant needs help with an email', () => {
    const t = atStep('email');
    t.send('tidak punya email');
    expect(t.text()).toContain(render('id', 'emailNoneNote'));
    expect(t.at).toBe('activity');
    const dossier = toSummaryAndSubmit(t);
    expect(dossier).toMatchObject({ flags: { needsEmailHelp: true } });
    expect((dossier.contact as Record<string, unknown>).email).toBeUndefined();
  });

  it('KBLI "tidak tahu" leaves the choice to the operator', () => {
    const t = atStep('kbli_pick');
    t.send('gak tau');
    expect(t.text()).toContain(render('id', 'kbliUnknownNote'));
    const dossier = toSummaryAndSubmit(t);
    expect(dossier).toMatchObject({ business: { kbli: [], kbliUnknown: true }, flags: { kbliUnknown: true } });
  });

  it('several KBLI can be picked at once, and describing again offers new ones', () => {
    const t = atStep('kbli_pick');
    t.send('jahit baju');
    expect(t.at).toBe('kbli_pick');
    expect(t.session!.answers.activity).toContain('jahit baju');
    const options = t.session!.answers.kbliOptions!;
    expect(options.length).toBeGreaterThan(1);
    t.send('1 dan 2');
    expect(t.session!.answers.kbli).toEqual(options.slice(0, 2));
  });

  it('capital above Rp 5 miliar is explained and flagged for DPMPTSP', () => {
    const t = atStep('capital');
    t.send('6 M');
    expect(t.text()).toContain(render('id', 'capitalNotUmk', { amount: 'Rp 6.000.000.000' }));
    expect(toSummaryAndSubmit(t)).toMatchObject({ flags: { notUmk: true, forDpmptsp: true } });
  });

  it('a CV takes the short path: what to prepare, a contact, the business, then straight to DPMPTSP', () => {
    const t = atStep('legal_form', { senderPhone: SENDER_PHONE });
    t.send('CV');
    expect(t.text()).toContain(render('id', 'companyPath', { form: 'CV' }));
    expect(t.text()).toContain(render('id', 'askContactName'));
    t.sendAll(['Budi Santoso', 'toko bangunan', 'CV Maju Jaya', 'sumberejo']);
    expect(t.at).toBe('summary');
    expect(t.text()).not.toContain('NIK');
    t.send('kirim');
    const [submit] = t.effects('submit_case');
    expect(submit?.dossier).toMatchObject({
      identity: { nik: '', fullName: 'Budi Santoso' },
      contact: { phone: `+${SENDER_PHONE}` },
      business: { legalForm: 'cv', name: 'CV Maju Jaya', description: 'toko bangunan', address: { villageName: 'Sumberejo' } },
      flags: { forDpmptsp: true, company: true },
    });
    expect(submit?.dossier.declarations).toBeUndefined();
  });

  it('UD is an individual business: the full form, no deed asked', () => {
    const t = atStep('legal_form');
    t.send('UD');
    expect(t.at).toBe('nik');
    expect(t.session!.answers.legalForm).toBe('ud');
  });

  it('the WhatsApp number is the default; "pakai nomor ini aja" keeps it when the line is changed', () => {
    const t = atStep('summary', { senderPhone: SENDER_PHONE });
    expect(t.session!.answers.phone).toBe(SENDER_PHONE);
    t.send('ubah nomor hp');
    expect(t.text()).toContain(render('id', 'askPhoneOther', { phone: '081234567890' }));
    t.send('pakai nomor ini aja');
    expect(t.at).toBe('summary');
    expect(t.session!.answers.phone).toBe(SENDER_PHONE);
  });

  it('an unusually small capital is checked as millions', () => {
    const t = atStep('capital');
    t.send('15');
    expect(t.text()).toContain(render('id', 'askCapitalMillions', { typed: '15', amount: 'Rp 15.000.000' }));
    t.send('nggih');
    expect(t.session!.answers.capital).toBe(15_000_000);
    expect(t.at).toBe('land_area');
  });

  it('capital above the desk limit is said to go to DPMPTSP when it is given', () => {
    const t = atStep('capital');
    t.send('75 juta');
    expect(t.text()).toContain(render('id', 'capitalAboveDesk', { amount: 'Rp 75.000.000', limit: 'Rp 50.000.000' }));
  });

  it('three activities are confirmed first: more than two go to DPMPTSP', () => {
    const t = atStep('kbli_pick');
    t.send('1, 2 dan 3');
    expect(t.at).toBe('kbli_many');
    expect(t.text()).toContain('DPMPTSP');
    t.send('ya tetap semua');
    expect(t.session!.answers.kbli).toHaveLength(3);
  });

  it.each(['1', 'Bakung', 'kec bakung aja', 'yang pertama', 'bakong'])('a village name found in two kecamatan lists the kecamatan; "%s" picks Bakung', (answer) => {
    const t = atStep('village');
    t.send('sumberjo');
    expect(t.text()).toContain(render('id', 'districtOption', { n: '1', district: 'Bakung' }));
    expect(t.text()).toContain(render('id', 'districtOption', { n: '2', district: 'Kademangan' }));
    t.send(answer);
    expect(t.session!.answers.villageCode).toBe('35.05.01.2001');
  });

  it('an unknown village name offers numbered suggestions', () => {
    const t = atStep('village');
    t.send('sumberrejo');
    expect(t.text()).toMatch(/Sumberejo/);
  });
});

describe('media', () => {
  const kinds: readonly [FlowInput, string][] = [
    [{ kind: 'audio' }, render('id', 'mediaAudio')],
    [{ kind: 'sticker' }, render('id', 'mediaSticker')],
    [{ kind: 'video' }, render('id', 'mediaVideo')],
    [{ kind: 'location', location: { latitude: -8.1, longitude: 112.2 } }, render('id', 'mediaLocation')],
    [{ kind: 'image', media: { ref: 'm_0123456789abcdefghijkl', mimetype: 'image/jpeg', size: 1000 } }, render('id', 'mediaImage')],
  ];

  it.each(kinds)('a %o at a text question gets a kind answer and the question again', (input, reply) => {
    const t = atStep('full_name');
    t.send(input);
    expect(t.text()).toContain(reply);
    expect(t.text()).toContain(render('id', 'askFullName'));
    expect(t.at).toBe('full_name');
  });

  it('stores only the reference of a KTP photo', () => {
    const t = atStep('ktp_photo');
    t.send({ kind: 'image', media: { ref: 'm_0123456789abcdefghijkl', mimetype: 'image/jpeg', size: 300_000 } });
    expect(t.text()).toContain(render('id', 'ktpPhotoReceived'));
    expect(t.session!.answers.ktpPhoto).toEqual({ ref: 'm_0123456789abcdefghijkl', mimetype: 'image/jpeg', size: 300_000 });
  });

  it('a refused (too large) file gets the size limit', () => {
    const t = atStep('ktp_photo');
    t.send({ kind: 'document', media: { refused: 'too_large', mimetype: 'application/pdf', size: 30_000_000 } });
    expect(t.text()).toContain(render('id', 'mediaTooLarge', { limit: '5 MB' }));
    expect(t.at).toBe('ktp_photo');
  });

  it('a file of another type is refused', () => {
    const t = atStep('ktp_photo');
    t.send({ kind: 'document', media: { ref: 'm_0123456789abcdefghijkl', mimetype: 'application/zip', size: 1000 } });
    expect(t.text()).toContain(render('id', 'badKtpPhotoType'));
  });
});

describe('commands', () => {
  it('BAHASA switches to English and asks the current question again in English', () => {
    const t = atStep('nik');
    t.send('LANGUAGE');
    expect(t.text()).toContain(render('en', 'languageSwitched'));
    expect(t.text()).toContain(render('en', 'askNik'));
    t.send('bahasa');
    expect(t.text()).toContain(render('id', 'askNik'));
  });

  it('runs the whole intake in English', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.send('hello');
    t.send('language');
    expect(t.text()).toContain('FREE');
    t.send('yes');
    expect(t.text()).toContain(render('en', 'askHasNib'));
    t.send('no');
    t.send('1');
    t.send('1234');
    expect(t.text()).toContain(render('en', 'badNikLength', { count: '4' }));
  });

  it('answers in English when the first message is English, with no command needed', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.send('Hello, I want to register my small business');
    expect(t.session!.lang).toBe('en');
    expect(t.text()).toContain(render('en', 'openingConsent'));
    t.send('yes, I agree');
    expect(t.text()).toContain(render('en', 'askHasNib'));
  });

  it('"yes, I agree" to the Indonesian consent switches to English', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.send('halo');
    t.send('yes, I agree');
    expect(t.session!.lang).toBe('en');
    expect(t.text()).toContain(render('en', 'askHasNib'));
  });

  it('Javanese is answered in Indonesian', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.send('sugeng siang, kulo badhe ndamel nib');
    t.send('nggih');
    expect(t.session!.lang).toBe('id');
    expect(t.text()).toContain(render('id', 'askHasNib'));
  });

  it('"Can we talk in English?" mid-way switches, and "bahasa indonesia" switches back; the question is kept', () => {
    const t = atStep('capital');
    t.send('Can we talk in English?');
    expect(t.session!.lang).toBe('en');
    expect(t.text()).toContain(render('en', 'askCapital'));
    t.send('pakai bahasa indonesia saja');
    expect(t.session!.lang).toBe('id');
    expect(t.at).toBe('capital');
  });

  it('a business about English lessons is a business, not a language request', () => {
    const t = atStep('activity');
    t.send('kursus bahasa inggris');
    expect(t.session!.lang).toBe('id');
    expect(t.session!.answers.activity).toBe('kursus bahasa inggris');
  });

  it('BANTUAN explains the current question and repeats it', () => {
    const t = atStep('capital');
    t.send('bantuan');
    expect(t.text()).toContain(render('id', 'helpCapital'));
    expect(t.text()).toContain(render('id', 'askCapital'));
  });

  it('tolerates case and a typo in a command', () => {
    const t = atStep('capital');
    t.send('Bantaun');
    expect(t.text()).toContain(render('id', 'helpCapital'));
    t.send('KEMBLI');
    expect(t.at).toBe('operating');
  });

  it('MENU shows numbered options; LANJUT returns to the question; a choice by number or word', () => {
    const t = atStep('workers');
    t.send('menu');
    expect(t.text()).toContain(render('id', 'menu', { first: render('id', 'menuFirstContinue') }));
    t.send('lanjut');
    expect(t.text()).toContain(render('id', 'askWorkers'));
    t.send('menu');
    t.send('6');
    expect(t.session!.lang).toBe('en');
    t.send('menu');
    t.send('4');
    expect(t.effects('request_help')).toHaveLength(1);
  });

  it('STATUS asks the host and renders its report, then repeats the question', () => {
    const t = atStep('workers');
    t.send('status');
    expect(t.effects('lookup_status')).toHaveLength(1);
    t.statusReport([{ caseId: 'LK-7KQ3M', status: 'claimed', desk: 'village', updatedAt: t.now }]);
    expect(t.text()).toContain('LK-7KQ3M');
    expect(t.text()).toContain(render('id', 'stageClaimed'));
    expect(t.text()).toContain(render('id', 'deskVillage'));
    expect(t.text()).toContain(render('id', 'askWorkers'));
  });

  it('STATUS without cases says so, also from a new chat (nothing stored)', () => {
    const t = new Transcript();
    t.send('STATUS');
    expect(t.last.session).toBeNull();
    t.statusReport([]);
    expect(t.text()).toBe(render('id', 'statusNone'));
    expect(t.last.session).toBeNull();
  });

  it('HAPUS DATA asks for confirmation, then erases and drops the session', () => {
    const t = atStep('workers');
    t.send('hapus data');
    expect(t.text()).toContain(render('id', 'eraseConfirm'));
    t.send('tidak');
    expect(t.at).toBe('workers');
    t.send('HAPUS DATA');
    t.send('ya');
    expect(t.last.session).toBeNull();
    expect(t.effects('erase_applicant_data')).toHaveLength(1);
    expect(t.text()).toContain(render('id', 'eraseDone'));
  });
});

describe('inactivity timers', () => {
  it('arms a timer with a fresh token on every message', () => {
    const t = atStep('workers');
    const [timer] = t.effects('set_timer');
    expect(timer).toEqual({ type: 'set_timer', name: 'inactivity', token: String(t.now), at: t.now + 2 * 3600_000 });
    expect(t.session!.timer).toEqual({ token: String(t.now), phase: 'reminder' });
  });

  it('reminds with the deletion time, then drops the unfinished intake at expiry', () => {
    const t = atStep('workers');
    const [timer] = t.effects('set_timer');
    t.trigger({ type: 'timer', name: 'inactivity', token: timer!.token }, 2 * 3600_000);
    expect(t.text()).toContain('pukul');
    expect(t.text()).toContain(render('id', 'askWorkers'));
    const [expiry] = t.effects('set_timer');
    expect(expiry!.at).toBe(t.session!.lastActivity + 24 * 3600_000);
    t.trigger({ type: 'timer', name: 'inactivity', token: expiry!.token }, 22 * 3600_000);
    expect(t.last.session).toBeNull();
    expect(t.text()).toContain(render('id', 'expired'));
    expect(t.last.effects).toEqual([]);
  });

  it('a stale token does nothing', () => {
    const t = atStep('workers');
    const before = t.session;
    t.trigger({ type: 'timer', name: 'inactivity', token: '12345' }, 3 * 3600_000);
    expect(t.last).toEqual({ session: before, replies: [], effects: [] });
  });
});

describe('robustness', () => {
  it('never throws and answers an empty or odd message', () => {
    const deps = testDeps();
    const inputs: FlowInput[] = [{ kind: 'text' }, { kind: 'other' }, { kind: 'contact' }, { kind: 'text', text: '   ' }, { kind: 'text', text: '🙂🙂' }];
    for (const input of inputs) {
      const result = resume(deps, undefined, { type: 'message', input }, 0);
      expect(result.replies.length).toBeGreaterThan(0);
    }
  });

  it('is deterministic: the same session and trigger give the same result', () => {
    const t = atStep('village');
    const a = resume(t.deps, t.session, { type: 'message', input: { kind: 'text', text: 'sumberjo' } }, t.now + 1000);
    const b = resume(t.deps, t.session, { type: 'message', input: { kind: 'text', text: 'sumberjo' } }, t.now + 1000);
    expect(a).toEqual(b);
  });
});
