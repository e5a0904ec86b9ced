// DATA SAYA (the right of access, UU 27/2022): the applicant gets a readable copy of what Loket
// holds about them, in WhatsApp-sized bubbles, in their language; the intake in progress is kept.
import { describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import type { StoredCaseView } from '../../../flows/engine/types.js';
import { BUBBLE_CHARS } from '../../../flows/intake/bubbles.js';
import { atStep, MONDAY_10_WIB, NIK_WOMAN_1985, Transcript } from './support.js';

const DAY = 24 * 3600_000;

function storedCase(caseId: string, status: string, events: string[]): StoredCaseView {
  return {
    caseId, status,
    dossier: {
      identity: { nik: NIK_WOMAN_1985, fullName: 'SITI CONTOH', ktpAddress: 'Dusun Contoh RT 1 RW 1' },
      contact: { phone: '+6285700001234', email: 'siti.contoh@example.com' },
      business: { name: 'Warung Contoh', description: 'jualan nasi pecel', kbli: [{ code: '56102' }], capital: 15_000_000, address: { text: 'Dusun Contoh', villageName: 'Sumberjo', districtName: 'Kademangan' } },
      ktpPhoto: { ref: 'm_AAAAAAAAAAAAAAAAAAAAAA', mimetype: 'image/jpeg', size: 1000 },
    },
    events: events.map((type, i) => ({ at: MONDAY_10_WIB + i * DAY, type })),
  };
}

describe('DATA SAYA', () => {
  it.each(['DATA SAYA', 'data saya dong', 'minta data saya', 'lihat data saya'])('"%s" asks the host for the stored data', (text) => {
    const t = new Transcript();
    t.sendAll(['halo', 'ya']);
    t.send(text);
    expect(t.effects('export_applicant_data')).toHaveLength(1);
    expect(t.text()).toContain(render('id', 'dataCopyLooking'));
  });

  it('during an intake: the answers so far are shown, and the same question is asked again with nothing lost', () => {
    const t = atStep('ktp_address');
    const answers = t.session!.answers;
    t.send('DATA SAYA');
    t.trigger({ type: 'data_export', cases: [] });
    const copy = t.text();
    expect(copy).toContain(render('id', 'dataCopyHeader'));
    expect(copy).toContain(render('id', 'dataCopyIntake'));
    expect(copy).toContain(NIK_WOMAN_1985);
    expect(copy).toContain('Siti Aminah');
    expect(copy).toContain(render('id', 'askKtpAddress'));
    expect(t.at).toBe('ktp_address');
    expect(t.session!.answers).toEqual(answers);
  });

  it('with a case: its data and its history in words, each bubble WhatsApp-sized', () => {
    const t = new Transcript();
    t.sendAll(['halo', 'ya', 'DATA SAYA']);
    t.trigger({ type: 'data_export', cases: [storedCase('LK-ABCDE', 'nib_issued', ['submitted', 'dispatched', 'claimed', 'nib_issued', 'nib_delivered', 'some_new_event'])] });
    const copy = t.text();
    for (const value of ['LK-ABCDE', NIK_WOMAN_1985, 'SITI CONTOH', 'siti.contoh@example.com', 'Warung Contoh', '56102', 'Sumberjo', render('id', 'valueSent')]) {
      expect(copy).toContain(value);
    }
    for (const key of ['eventSubmitted', 'eventClaimed', 'eventNibDelivered'] as const) expect(copy).toContain(render('id', key));
    expect(copy).not.toContain('nib_delivered');
    expect(copy).toContain('some new event');
    expect(copy).toContain(render('id', 'dataCopyFooter'));
    for (const reply of t.last.replies) expect(reply.text.length).toBeLessThanOrEqual(BUBBLE_CHARS);
  });

  it('with nothing stored: says so, in one short bubble', () => {
    const t = new Transcript();
    t.sendAll(['halo', 'ya', 'DATA SAYA']);
    t.trigger({ type: 'data_export', cases: [] });
    expect(t.text()).toContain(render('id', 'dataCopyNone'));
    expect(t.text()).not.toContain(render('id', 'dataCopyHeader'));
  });

  it('in English for an applicant who writes English', () => {
    const t = new Transcript();
    t.sendAll(['hello, I want to register my business', 'yes', 'MY DATA']);
    t.trigger({ type: 'data_export', cases: [storedCase('LK-FGHJK', 'claimed', ['submitted', 'claimed'])] });
    expect(t.text()).toContain(render('en', 'dataCopyHeader'));
    expect(t.text()).toContain(render('en', 'eventClaimed'));
  });
});
