// Notices become outbound messages with ids derived from their cause, so a handler retried after a
// crash enqueues the same ids (sent once); a notice with its own id keeps it whatever caused it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toOutbound, type Notice } from '../../../workers/casework/notice.js';

const PDF = { ref: 'm_AAAAAAAAAAAAAAAAAAAAAA', mimetype: 'application/pdf', filename: 'NIB.pdf', caption: 'NIB' };
const PHOTO = { ref: 'm_BBBBBBBBBBBBBBBBBBBBBB', mimetype: 'image/jpeg' };

describe('toOutbound', () => {
  it('numbers the notices of one cause in order, addressed to their chats', () => {
    const notices: Notice[] = [{ to: '6281234500001', text: 'satu' }, { to: 'koordinator@g.us', text: 'dua' }, { to: '6281234599001', text: 'tiga' }];
    expect(toOutbound(notices, 'entry-7:relay')).toEqual([
      { id: 'entry-7:relay#0', chat: '6281234500001', text: 'satu' },
      { id: 'entry-7:relay#1', chat: 'koordinator@g.us', text: 'dua' },
      { id: 'entry-7:relay#2', chat: '6281234599001', text: 'tiga' },
    ]);
  });

  it('keeps a fixed id whatever the cause, and still numbers the others by position', () => {
    const notices: Notice[] = [
      { to: '6281234599001', text: 'Selamat', id: 'nib:K7Q2M' },
      { to: '6281234500001', text: 'terkirim' },
    ];
    const first = toOutbound(notices, 'cause-a');
    const second = toOutbound(notices, 'cause-b');
    expect(first.map((o) => o.id)).toEqual(['nib:K7Q2M', 'cause-a#1']);
    expect(second.map((o) => o.id)).toEqual(['nib:K7Q2M', 'cause-b#1']);
  });

  it('carries media, the ephemeral mark and the delivery tracking', () => {
    const notices: Notice[] = [
      { to: '6281234500001', text: 'Kode OSS: 482913', ephemeral: true },
      { to: '6281234599001', text: 'NIB Anda', document: PDF, id: 'nib:K7Q2M', track: { caseId: 'K7Q2M', kind: 'nib' } },
      { to: '6281234500001', image: PHOTO },
    ];
    expect(toOutbound(notices, 'c')).toEqual([
      { id: 'c#0', chat: '6281234500001', text: 'Kode OSS: 482913', ephemeral: true },
      { id: 'nib:K7Q2M', chat: '6281234599001', text: 'NIB Anda', document: PDF, track: { caseId: 'K7Q2M', kind: 'nib' } },
      { id: 'c#2', chat: '6281234500001', image: PHOTO },
    ]);
  });

  it('leaves out what a notice does not have (no undefined keys in the sealed job)', () => {
    const [out] = toOutbound([{ to: '6281234500001', document: PDF }], 'c');
    expect(Object.keys(out ?? {}).sort()).toEqual(['chat', 'document', 'id']);
  });

  it('keeps an empty text (it is a text, not an absent one)', () => {
    expect(toOutbound([{ to: '6281234500001', text: '' }], 'c')).toEqual([{ id: 'c#0', chat: '6281234500001', text: '' }]);
  });

  it('turns no notices into no messages', () => {
    expect(toOutbound([], 'c')).toEqual([]);
  });

  const notice: fc.Arbitrary<Notice> = fc.record({
    to: fc.stringMatching(/^62[0-9]{9,12}$/),
    text: fc.string(),
    id: fc.option(fc.stringMatching(/^nib:[A-Z0-9]{5}$/), { nil: undefined }),
    ephemeral: fc.option(fc.constant(true as const), { nil: undefined }),
  }, { requiredKeys: ['to'] });

  it('is deterministic per cause: the same notices and cause give the same ids (a retry dedupes)', () => {
    fc.assert(fc.property(fc.array(notice, { maxLength: 6 }), fc.string({ minLength: 1 }), (notices, cause) => {
      expect(toOutbound(notices, cause)).toEqual(toOutbound(notices, cause));
    }));
  });

  it('gives distinct ids within one cause when no fixed ids are used, and different ones for another cause', () => {
    fc.assert(fc.property(fc.array(notice.map(({ id: _id, ...rest }) => rest), { minLength: 1, maxLength: 6 }), (notices) => {
      const a = toOutbound(notices, 'entry-1').map((o) => o.id);
      const b = toOutbound(notices, 'entry-2').map((o) => o.id);
      expect(new Set(a).size).toBe(notices.length);
      expect(a.filter((id) => b.includes(id))).toEqual([]);
    }));
  });

  it('one message per notice, with its chat, text, fixed id and ephemeral mark', () => {
    fc.assert(fc.property(fc.array(notice, { maxLength: 6 }), (notices) => {
      const out = toOutbound(notices, 'cause');
      expect(out).toHaveLength(notices.length);
      out.forEach((o, i) => {
        const n = notices[i] as Notice;
        expect(o.chat).toBe(n.to);
        expect(o.text).toBe(n.text);
        expect(o.id).toBe(n.id ?? `cause#${i}`);
        expect(o.ephemeral).toBe(n.ephemeral);
      });
    }));
  });
});
