// The applicant's agreement to announcements (SIARAN): one question after KIRIM, asked once, read
// from free answers; thanks or another message leave it unanswered; BERHENTI/STOP withdraws it at any
// point without disturbing an intake in progress; the session remembers it (and survives Redis).
import { describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import { parseGlobalCommand } from '../../../flows/engine/commands.js';
import { SENDER_PHONE, Transcript, atStep } from './support.js';

function submitted(lang: 'id' | 'en' = 'id'): Transcript {
  const t = new Transcript({ senderPhone: SENDER_PHONE });
  t.sendAll(lang === 'en' ? ['hello', 'in English please', 'yes'] : ['halo', 'ya']);
  t.trigger({ type: 'case_created', caseId: 'LK-7KQ3M' });
  return t;
}

describe('the question after KIRIM', () => {
  it('comes once, right after the case number, as its own short bubble', () => {
    const t = submitted();
    expect(t.last.replies).toHaveLength(2);
    expect(t.last.replies[0]?.text).toContain('LK-7KQ3M');
    expect(t.last.replies[1]?.text).toBe(render('id', 'apAnnouncementsAsk'));
    expect(t.session?.pending).toBe('announcements');
  });

  it.each([
    ['ya', true], ['iya boleh', true], ['nggih', true], ['boleh kak', true], ['YA', true],
    ['tidak', false], ['gak usah', false], ['ndak', false], ['tidak, terima kasih', false],
  ] as const)('"%s" → agreed %s, recorded with the language', (answer, agreed) => {
    const t = submitted();
    t.send(answer);
    expect(t.effects('set_announcements')).toEqual([{ type: 'set_announcements', agreed, lang: 'id' }]);
    expect(t.text()).toBe(render('id', agreed ? 'apAnnouncementsYes' : 'apAnnouncementsNo'));
    expect(t.session?.announcements).toBe(agreed ? 'agreed' : 'declined');
    expect(t.session?.pending).toBeNull();
  });

  it.each([
    ['makasih ya kak 🙏', 'youAreWelcome'],
    ['STATUS', 'statusLooking'],
  ] as const)('"%s" is not an answer: handled as usual, and the question is not asked again', (text, key) => {
    const t = submitted();
    t.send(text);
    expect(t.effects('set_announcements')).toEqual([]);
    expect(t.text()).toContain(render('id', key));
    expect(t.session?.announcements).toBeUndefined();
    expect(t.session?.pending).toBeNull();
  });

  it('a question to the operator goes to the case, unanswered', () => {
    const t = submitted();
    t.send('pak kapan NIB saya jadi?');
    expect(t.effects('forward_to_case')).toHaveLength(1);
    expect(t.effects('set_announcements')).toEqual([]);
  });

  it('is not asked again with a second case once answered', () => {
    const t = submitted();
    t.send('ya');
    t.trigger({ type: 'case_created', caseId: 'LK-9ZZ3M' });
    expect(t.last.replies).toHaveLength(1);
    expect(t.session?.pending).toBeNull();
  });

  it('is asked in English to an English speaker and recorded with "en"', () => {
    const t = submitted('en');
    expect(t.text()).toContain(render('en', 'apAnnouncementsAsk'));
    t.send('yes');
    expect(t.effects('set_announcements')).toEqual([{ type: 'set_announcements', agreed: true, lang: 'en' }]);
  });
});

describe('BERHENTI / STOP', () => {
  it.each(['BERHENTI', 'berhenti', 'stop', 'STOP', 'berhenti pengumuman', 'berenti'])('"%s" is the global word', (text) => {
    expect(parseGlobalCommand(text)).toBe('stop_announcements');
  });

  it.each(['berhasil', 'stop kontak', 'toko berhenti jaya', 'berhenti sebentar ya mau ambil KTP'])('"%s" is not', (text) => {
    expect(parseGlobalCommand(text)).not.toBe('stop_announcements');
  });

  it('withdraws after agreeing', () => {
    const t = submitted();
    t.send('ya');
    t.send('BERHENTI');
    expect(t.effects('set_announcements')).toEqual([{ type: 'set_announcements', agreed: false, lang: 'id' }]);
    expect(t.text()).toBe(render('id', 'apAnnouncementsStopped'));
    expect(t.session?.announcements).toBe('declined');
  });

  it('during an intake, withdraws and asks the current question again', () => {
    const t = atStep('capital');
    t.send('stop');
    expect(t.effects('set_announcements')).toEqual([{ type: 'set_announcements', agreed: false, lang: 'id' }]);
    expect(t.text()).toContain(render('id', 'apAnnouncementsStopped'));
    expect(t.text()).toContain(render('id', 'askCapital'));
    expect(t.at).toBe('capital');
  });

  it('from a number Loket has no conversation with, still withdraws (and keeps no session)', () => {
    const t = new Transcript();
    t.send('STOP');
    expect(t.effects('set_announcements')).toHaveLength(1);
    expect(t.session).toBeUndefined();
  });
});
