// Every media message is answered: what arrived (a voice note is a "pesan suara"), what to send
// instead, and the question again. Media the host refused (bot/media/policy.ts) reaches the
// conversation with its reason; at the KTP questions that reason is what the applicant is told.
import { describe, expect, it } from 'vitest';
import type { FlowInput, RefusedMedia } from '../../../flows/engine/types.js';
import { render } from '../../../flows/index.js';
import { NIK_WOMAN_1985, Transcript, atStep } from './support.js';

const refused = (reason: RefusedMedia['refused'], mimetype: string, size?: number): RefusedMedia => ({ refused: reason, mimetype, ...(size ? { size } : {}) });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const VOICE_NOTE: FlowInput = { kind: 'audio', media: refused('unsupported_type', 'audio/ogg', 9_000) };
const VIDEO: FlowInput = { kind: 'video', media: refused('unsupported_type', 'video/mp4', 2_000_000) };
const VIDEO_AS_DOCUMENT: FlowInput = { kind: 'document', media: refused('unsupported_type', 'video/mp4', 2_000_000) };
const AUDIO_AS_DOCUMENT: FlowInput = { kind: 'document', media: refused('unsupported_type', 'audio/mpeg', 90_000) };
const WORD_FILE: FlowInput = { kind: 'document', media: refused('unsupported_type', DOCX, 30_000) };
const TOO_LARGE_PHOTO: FlowInput = { kind: 'image', media: refused('too_large', 'image/jpeg', 30_000_000) };
const PHOTO_WITHOUT_SIZE: FlowInput = { kind: 'image', media: refused('unknown_size', 'image/jpeg') };
const FAILED_DOWNLOAD: FlowInput = { kind: 'image', media: refused('unavailable', 'image/jpeg', 200_000) };
const UNKNOWN_KIND: FlowInput = { kind: 'other' };

describe('at a question answered by typing', () => {
  it.each([
    ['a voice note', VOICE_NOTE, 'mediaAudio'],
    ['a video', VIDEO, 'mediaVideo'],
    ['a video sent as a document', VIDEO_AS_DOCUMENT, 'mediaVideo'],
    ['a recording sent as a document', AUDIO_AS_DOCUMENT, 'mediaAudio'],
    ['a Word file', WORD_FILE, 'mediaImage'],
    ['a photo too large to keep', TOO_LARGE_PHOTO, 'mediaImage'],
    ['a photo without a size', PHOTO_WITHOUT_SIZE, 'mediaImage'],
    ['a message of an unknown kind', UNKNOWN_KIND, 'mediaOther'],
  ] as const)('%s: says what arrived, asks to type, and repeats the question', (_name, input, remark) => {
    const t = atStep('full_name');
    t.send(input);
    expect(t.text()).toContain(`${render('id', remark)} ${render('id', 'mediaExpectText')}`);
    expect(t.text()).toContain(render('id', 'askFullName'));
    expect(t.at).toBe('full_name');
  });

  it('a voice note is named in the applicant\'s words: "pesan suara"', () => {
    const t = atStep('full_name');
    t.send(VOICE_NOTE);
    expect(t.text()).toContain('pesan suara');
  });

  it('in English too', () => {
    const t = atStep('full_name');
    t.send('LANGUAGE');
    t.send(VOICE_NOTE);
    expect(t.text()).toContain(`${render('en', 'mediaAudio')} ${render('en', 'mediaExpectText')}`);
    expect(t.text()).toContain(render('en', 'askFullName'));
  });

  it('counts as a wrong answer: the second one gets another way in, not the same words', () => {
    const t = atStep('full_name');
    t.send(VOICE_NOTE);
    t.send(VOICE_NOTE);
    expect(t.text()).not.toContain(render('id', 'mediaAudio'));
    expect(t.session!.attempts).toBe(2);
  });

  it('at the consent question, the question again after the remark', () => {
    const t = new Transcript();
    t.send('halo');
    t.send(VOICE_NOTE);
    expect(t.text()).toContain(render('id', 'mediaAudio'));
    expect(t.text()).toContain(render('id', 'consentAsk'));
  });
});

describe('at the KTP photo question', () => {
  const limit = { limit: '5 MB' };
  it.each([
    ['a photo too large to keep', TOO_LARGE_PHOTO, `${render('id', 'mediaTooLarge', limit)} ${render('id', 'badKtpPhotoText')}`],
    ['a PDF too large to keep', { kind: 'document', media: refused('too_large', 'application/pdf', 40_000_000) }, render('id', 'mediaTooLarge', limit)],
    ['a Word file', WORD_FILE, render('id', 'badKtpPhotoType')],
    ['a video sent as a document', VIDEO_AS_DOCUMENT, render('id', 'badKtpPhotoType')],
    ['a photo without a size', PHOTO_WITHOUT_SIZE, `${render('id', 'mediaNotReceived')} ${render('id', 'badKtpPhotoText')}`],
    ['a photo whose download failed', FAILED_DOWNLOAD, render('id', 'mediaNotReceived')],
  ] as const)('%s gets its own reason and what to send instead', (_name, input, reply) => {
    const t = atStep('ktp_photo');
    t.send(input);
    expect(t.text()).toContain(reply);
    expect(t.text()).not.toContain(render('id', 'mediaExpectText'));
    expect(t.at).toBe('ktp_photo');
    expect(t.session!.answers.ktpPhoto).toBeUndefined();
  });

  it('a voice note is named and the question repeated', () => {
    const t = atStep('ktp_photo');
    t.send(VOICE_NOTE);
    expect(t.text()).toContain(render('id', 'mediaAudio'));
    expect(t.text()).toContain(render('id', 'askKtpPhoto'));
  });

  it('a stored photo is still kept (parameters in its mimetype included)', () => {
    const t = atStep('ktp_photo');
    t.send({ kind: 'image', media: { ref: 'm_0123456789abcdefghijkl', mimetype: 'image/jpeg; charset=binary', size: 300_000 } });
    expect(t.session!.answers.ktpPhoto).toMatchObject({ ref: 'm_0123456789abcdefghijkl' });
  });
});

describe('at the NIK question (a KTP photo is kept there too)', () => {
  it.each([
    ['a photo too large to keep', TOO_LARGE_PHOTO, render('id', 'mediaTooLarge', { limit: '5 MB' })],
    ['a Word file', WORD_FILE, render('id', 'mediaFileType')],
    ['a photo without a size', PHOTO_WITHOUT_SIZE, render('id', 'mediaNotReceived')],
  ] as const)('%s gets its reason and the NIK question, not a count of digits', (_name, input, reason) => {
    const t = atStep('nik');
    t.send(input);
    expect(t.text()).toContain(`${reason} ${render('id', 'askNik')}`);
    expect(t.text()).not.toContain(render('id', 'badNikLength', { count: '0' }));
    expect(t.at).toBe('nik');
  });

  it('a refused photo whose caption carries the NIK: the NIK is read', () => {
    const t = atStep('nik');
    t.send({ ...TOO_LARGE_PHOTO, text: `NIK ${NIK_WOMAN_1985}` });
    expect(t.session!.answers.nik).toBe(NIK_WOMAN_1985);
    expect(t.at).toBe('full_name');
  });

  it('a voice note is named and the NIK asked again, a KTP photo offered as the other way', () => {
    const t = atStep('nik');
    t.send(VOICE_NOTE);
    expect(t.text()).toContain(`${render('id', 'mediaAudio')} ${render('id', 'mediaExpectPhoto')}`);
    expect(t.text()).toContain(render('id', 'askNik'));
  });
});
