// What one turn of the intake means for the funnel: the stages reached, a restart, where it was left.
import { describe, expect, it } from 'vitest';
import { funnelMove, funnelRows } from '../../../flows/reports/funnel.js';
import { newSession, type Session } from '../../../flows/intake/session.js';

const intake = (at: Session['at'], history: Session['at'][] = [], cases: string[] = []): Session => ({ ...newSession(0), at, history, cases });
const idle = (cases: string[]): Session => ({ ...newSession(0), mode: 'idle', at: 'consent', cases });

describe('funnelMove', () => {
  it.each<[string, Session | undefined, Session | null, ReturnType<typeof funnelMove>]>([
    ['a first message opens an intake at consent', undefined, intake('consent'), { restart: true, reached: ['consent'] }],
    ['an answer moves on one question', intake('has_nib', ['consent']), intake('legal_form', ['consent', 'has_nib']), { restart: false, reached: ['legal_form'] }],
    ['several answers in one message pass several questions', intake('nik', ['consent', 'has_nib', 'legal_form']), intake('ktp_address', ['consent', 'has_nib', 'legal_form', 'nik', 'full_name']), { restart: false, reached: ['full_name', 'ktp_address'] }],
    ['a wrong answer stays', intake('nik', ['consent']), intake('nik', ['consent']), undefined],
    ['KEMBALI to a question already reached counts nothing', intake('full_name', ['consent', 'nik']), intake('nik', ['consent']), undefined],
    ['BATAL leaves the intake where it stood', intake('email', ['consent']), null, { restart: false, reached: [], left: 'email' }],
    ['declining consent leaves at consent', intake('consent'), null, { restart: false, reached: [], left: 'consent' }],
    ['the expiry timer with earlier cases keeps an idle session', intake('capital', [], ['LK-1']), idle(['LK-1']), { restart: false, reached: [], left: 'capital' }],
    ['KIRIM submits', intake('summary', ['consent']), idle(['LK-2']), { restart: false, reached: ['submitted'] }],
    ['STATUS with no session changes nothing', undefined, null, undefined],
    ['a new intake after a case', idle(['LK-1']), intake('has_nib', []), { restart: true, reached: ['has_nib'] }],
  ])('%s', (_name, before, after, move) => {
    expect(funnelMove(before, after)).toEqual(move);
  });
});

describe('funnelRows', () => {
  it('lists every stage in the intake order, submitted last, zero when never counted', () => {
    const rows = funnelRows({ 'reached:consent': '5', 'left:consent': '1', 'reached:submitted': '2' });
    expect(rows[0]).toEqual({ stage: 'consent', reached: 5, left: 1 });
    expect(rows.at(-1)).toEqual({ stage: 'submitted', reached: 2, left: 0 });
    expect(rows.find((r) => r.stage === 'nik')).toEqual({ stage: 'nik', reached: 0, left: 0 });
  });
});
