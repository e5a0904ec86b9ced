// A person when needed: PETUGAS (in any words) at any point, ADUAN at any time, an operator's answer
// resuming the intake where it was, and messages after submission going to the case's operator.
import { describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import { EVERY_STEP_PATH, SENDER_PHONE, Transcript, atStep } from './support.js';

const POSITIONS = [...new Set(['consent', ...EVERY_STEP_PATH.map(([id]) => id), 'summary'])];

describe('PETUGAS', () => {
  it.each(POSITIONS)('at %s, asking for a person raises a help request, and the question stays', (at) => {
    const t = at === 'consent' ? new Transcript() : atStep(at);
    if (at === 'consent') t.send('halo');
    const answers = t.session!.answers;
    t.send('PETUGAS');
    const [help] = t.effects('request_help');
    expect(help).toMatchObject({ type: 'request_help', reason: 'asked' });
    t.trigger({ type: 'help_requested', ref: 'BT-7KQ3M' });
    expect(t.text()).toContain(render('id', 'helpRequested', { ref: 'BT-7KQ3M', when: render('id', 'whenToday') }));
    expect(t.session!.help).toEqual({ ref: 'BT-7KQ3M', at: t.now });
    expect(t.at).toBe(at);
    expect(t.session!.answers).toEqual(answers);
  });

  it.each(['minta tolong', 'saya mau bicara dengan orang', 'mau telepon', 'bisa bicara dengan petugas?', 'talk to a person'])('"%s" asks for a person', (text) => {
    const t = atStep('capital');
    t.send(text);
    expect(t.effects('request_help')).toHaveLength(1);
  });

  it('shows the helper where the applicant is and the last messages, masked', () => {
    const t = atStep('ktp_address');
    t.send('PETUGAS');
    const [help] = t.effects('request_help');
    expect(help!.question).toBe(render('id', 'askKtpAddress'));
    expect(help!.recent.join(' ')).not.toContain('3505015203850001');
    expect(help!.recent.join(' ')).toContain('Siti Aminah');
  });

  it('names the village once it is known, so the right desk is asked', () => {
    const t = atStep('summary');
    t.send('petugas');
    expect(t.effects('request_help')[0]?.villageCode).toBe(t.session!.answers.villageCode);
  });

  it('a second PETUGAS while one is open says a person is coming, without a new request', () => {
    const t = atStep('capital');
    t.send('petugas');
    t.trigger({ type: 'help_requested', ref: 'BT-7KQ3M' });
    t.send('petugas');
    expect(t.effects('request_help')).toHaveLength(0);
    expect(t.text()).toContain(render('id', 'helpAlreadyOpen', { ref: 'BT-7KQ3M' }));
  });

  it("the operator's answer reaches the applicant with the question they were at; the intake goes on", () => {
    const t = atStep('capital');
    t.send('petugas');
    t.trigger({ type: 'help_requested', ref: 'BT-7KQ3M' });
    t.trigger({ type: 'staff_message', ref: 'BT-7KQ3M', name: 'Bu Rina', text: 'Modal itu alat dan bahan saja, Bu.' });
    expect(t.text()).toContain('Modal itu alat dan bahan saja, Bu.');
    expect(t.text()).toContain(render('id', 'askCapital'));
    t.send('5 juta');
    expect(t.at).toBe('land_area');
  });

  it('a help request before consent carries no messages (nothing is kept before consent)', () => {
    const t = new Transcript();
    t.send('halo');
    t.send('saya bingung, minta tolong');
    t.send('petugas');
    expect(t.effects('request_help')[0]?.recent).toEqual([]);
  });
});

describe('ADUAN', () => {
  it('ADUAN alone asks for the complaint; the next message is filed and acknowledged with its reference', () => {
    const t = atStep('workers');
    t.send('ADUAN');
    expect(t.text()).toContain(render('id', 'complaintAsk'));
    t.send('ada orang mengaku petugas minta uang 100 ribu');
    const [complaint] = t.effects('file_complaint');
    expect(complaint).toEqual({ type: 'file_complaint', text: 'ada orang mengaku petugas minta uang 100 ribu' });
    t.trigger({ type: 'complaint_filed', ref: 'AD-4HX2P' });
    expect(t.text()).toContain('AD-4HX2P');
    expect(t.text()).toContain(render('id', 'askWorkers'));
    expect(t.at).toBe('workers');
  });

  it('a complaint said in one message is filed at once, with the case it concerns', () => {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.trigger({ type: 'case_created', caseId: 'LK-7KQ3M' });
    t.send('saya mau lapor, petugas desa minta uang');
    expect(t.effects('file_complaint')[0]).toEqual({ type: 'file_complaint', text: 'saya mau lapor, petugas desa minta uang', caseId: 'LK-7KQ3M' });
  });

  it('BATAL while the complaint is asked does not file one', () => {
    const t = atStep('workers');
    t.send('aduan');
    t.send('batal');
    expect(t.effects('file_complaint')).toHaveLength(0);
  });
});

describe('after submission', () => {
  function submitted(): Transcript {
    const t = new Transcript({ senderPhone: SENDER_PHONE });
    t.sendAll(['halo', 'ya']);
    t.trigger({ type: 'case_created', caseId: 'LK-7KQ3M' });
    return t;
  }

  it('free text goes to the case, not to the menu', () => {
    const t = submitted();
    t.send('pak, kapan NIB saya jadi?');
    expect(t.effects('forward_to_case')).toEqual([{ type: 'forward_to_case', caseId: 'LK-7KQ3M', input: { kind: 'text', text: 'pak, kapan NIB saya jadi?', senderPhone: SENDER_PHONE } }]);
    expect(t.text()).not.toContain('MENU LOKET');
  });

  it.each([
    ['sent', 'caseMessageSent'],
    ['waiting', 'caseMessageWaiting'],
  ] as const)('tells the applicant when the message was %s', (outcome, key) => {
    const t = submitted();
    t.send('alamat saya pindah');
    t.trigger({ type: 'case_forwarded', caseId: 'LK-7KQ3M', outcome });
    expect(t.text()).toBe(render('id', key, { caseId: 'LK-7KQ3M' }));
  });

  it('a finished case offers the menu', () => {
    const t = submitted();
    t.send('mau daftar usaha lagi');
    t.trigger({ type: 'case_forwarded', caseId: 'LK-7KQ3M', outcome: 'closed' });
    expect(t.text()).toContain(render('id', 'menu', { first: render('id', 'menuFirstNew') }));
    t.send('1');
    expect(t.at).toBe('has_nib');
  });

  it('thanks are answered, a greeting shows the menu, and neither bothers the operator', () => {
    const t = submitted();
    t.send('makasih ya kak 🙏');
    expect(t.text()).toBe(render('id', 'youAreWelcome'));
    t.send('halo');
    expect(t.text()).toContain('MENU LOKET');
    expect(t.effects('forward_to_case')).toHaveLength(0);
  });

  it('a photo sent after submission goes to the case too', () => {
    const t = submitted();
    const photo = { kind: 'image' as const, media: { ref: 'm_0123456789abcdefghijkl', mimetype: 'image/jpeg', size: 1000 } };
    t.send(photo);
    expect(t.effects('forward_to_case')[0]?.input).toMatchObject({ kind: 'image' });
  });
});
