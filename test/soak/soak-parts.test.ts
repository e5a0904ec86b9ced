// The soak's own arithmetic: what it calls a duplicate, when it injects faults, and that every
// simulated applicant has a NIK and phone of their own (two applicants sharing one would make the
// service answer differently, and the soak would report a loss that is its own mistake).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeline, SCHEDULE } from './faults.js';
import { applicantPhone, newJourney, syntheticNik, VILLAGES } from './journeys.js';
import { percentile, repeatsOn } from './report.js';

describe('what the soak counts as duplicated', () => {
  it.each([
    ['distinct messages', [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }, { id: 'c', document: { filename: 'NIB-LK-AAAAA.pdf' } }], 0],
    ['the same outbound id twice', [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], 1],
    ['the same text under two ids (a message handled twice)', [{ id: 'a', text: 'x' }, { id: 'b', text: 'x' }], 1],
    ['the same NIB PDF twice', [{ id: 'a', document: { filename: 'NIB-LK-AAAAA.pdf' } }, { id: 'b', document: { filename: 'NIB-LK-AAAAA.pdf' } }], 1],
    ['three copies count twice', [{ id: 'a', text: 'x' }, { id: 'b', text: 'x' }, { id: 'c', text: 'x' }], 2],
  ])('%s: %i', (_name, messages, repeats) => {
    expect(repeatsOn(messages)).toHaveLength(repeats);
  });
});

describe('the fault timeline', () => {
  it('repeats the schedule once per cycle, in order, inside the traffic window', () => {
    fc.assert(fc.property(fc.integer({ min: 10_000, max: 3_600_000 }), fc.integer({ min: 1, max: 5 }), (windowMs, cycles) => {
      const events = timeline(windowMs, cycles);
      expect(events).toHaveLength(SCHEDULE.length * cycles);
      expect(events.map((e) => e.offsetMs)).toEqual([...events.map((e) => e.offsetMs)].sort((a, b) => a - b));
      expect(events.every((e) => e.offsetMs > 0 && e.offsetMs < windowMs)).toBe(true);
      expect(events.filter((e) => e.plan.fault === 'service-kill')).toHaveLength(cycles);
    }));
  });
});

describe('simulated applicants', () => {
  it('have a NIK, a phone and a NIB of their own, and a NIK of 16 digits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_998 }), fc.integer({ min: 1, max: 99_998 }), fc.integer({ min: 0, max: 999 }), (a, gap, run) => {
      const b = a + gap;
      const [x, y] = [newJourney(a, run, VILLAGES), newJourney(b, run, VILLAGES)];
      expect(x.nik).not.toBe(y.nik);
      expect(x.applicant).not.toBe(y.applicant);
      expect(x.nib).not.toBe(y.nib);
      expect(x.nik.replace(/ /g, '')).toMatch(/^\d{16}$/);
      expect(x.nib).toMatch(/^\d{13}$/);
      expect(applicantPhone(a, run)).toMatch(/^62\d{9,11}$/);
    }));
  });

  it('are born on the date the NIK encodes (the service reads it back to them)', () => {
    expect(syntheticNik(0)).toEqual({ nik: '3505 0152 0385 0001', birthDate: '12 Maret 1985' });
    expect(syntheticNik(9999)).toEqual({ nik: '3505 0152 0384 0001', birthDate: '12 Maret 1984' });
  });
});

describe('percentile', () => {
  it.each([[50, 3], [99, 5], [0, 1]])('p%i of 1..5 is %i', (p, expected) => {
    expect(percentile([5, 3, 1, 4, 2], p)).toBe(expected);
  });
});
