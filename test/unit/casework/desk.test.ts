// Routing of a submitted case to a desk: each DPMPTSP rule at its boundary, the village → kecamatan →
// DPMPTSP fallback, which areas cover a desk, and reading the facts out of a dossier as intake stores it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaCovers, chooseDesk, dpmptspReasons, routingFactsOf,
  type DeskRules, type DpmptspReason, type RoutingFacts,
} from '../../../flows/casework/desk.js';
import { OTHER_VILLAGE, VILLAGE, syntheticDossier } from '../../support/casework.js';

const RULES: DeskRules = { capitalLimit: 50_000_000, maxKbliAtLowerDesks: 2 };
const REGENCY = '35.05';

const SIMPLE: RoutingFacts = {
  kind: 'new', capital: 15_000_000, legalForm: 'perseorangan', kbliCount: 1,
  villageCode: VILLAGE.code, districtCode: VILLAGE.districtCode, regencyCode: REGENCY,
};

const nobody = (): boolean => false;
const staffedOnly = (...codes: string[]) => (code: string): boolean => codes.includes(code);

describe('dpmptspReasons', () => {
  const cases: { name: string; facts: Partial<RoutingFacts>; reasons: DpmptspReason[] }[] = [
    { name: 'a simple case', facts: {}, reasons: [] },
    { name: 'no capital at all', facts: { capital: 0 }, reasons: [] },
    { name: 'capital exactly at the limit', facts: { capital: 50_000_000 }, reasons: [] },
    { name: 'capital one rupiah above the limit', facts: { capital: 50_000_001 }, reasons: ['capital'] },
    { name: 'capital far above the limit', facts: { capital: 2_000_000_000 }, reasons: ['capital'] },
    { name: 'perseorangan', facts: { legalForm: 'perseorangan' }, reasons: [] },
    { name: 'UD (an individual business in OSS)', facts: { legalForm: 'ud' }, reasons: [] },
    { name: 'CV', facts: { legalForm: 'cv' }, reasons: ['legal_form'] },
    { name: 'PT', facts: { legalForm: 'pt' }, reasons: ['legal_form'] },
    { name: 'two KBLI codes', facts: { kbliCount: 2 }, reasons: [] },
    { name: 'three KBLI codes', facts: { kbliCount: 3 }, reasons: ['many_kbli'] },
    { name: 'an amendment of an existing NIB', facts: { kind: 'amendment' }, reasons: ['amendment'] },
    {
      name: 'every rule at once, in rule order',
      facts: { capital: 60_000_000, legalForm: 'pt', kbliCount: 5, kind: 'amendment' },
      reasons: ['capital', 'legal_form', 'many_kbli', 'amendment'],
    },
  ];

  it.each(cases)('$name → $reasons', ({ facts, reasons }) => {
    expect(dpmptspReasons({ ...SIMPLE, ...facts }, RULES)).toEqual(reasons);
  });

  it('follows the configured capital limit and KBLI maximum', () => {
    const rules: DeskRules = { capitalLimit: 10_000_000, maxKbliAtLowerDesks: 1 };
    expect(dpmptspReasons({ ...SIMPLE, capital: 10_000_000, kbliCount: 1 }, rules)).toEqual([]);
    expect(dpmptspReasons({ ...SIMPLE, capital: 10_000_001, kbliCount: 2 }, rules)).toEqual(['capital', 'many_kbli']);
  });
});

describe('chooseDesk', () => {
  const table: { name: string; staffed: (code: string) => boolean; facts?: Partial<RoutingFacts>; level: string; code: string }[] = [
    { name: 'a staffed village gets its own case', staffed: staffedOnly(VILLAGE.code, VILLAGE.districtCode), level: 'village', code: VILLAGE.code },
    { name: 'an unstaffed village falls back to its kecamatan', staffed: staffedOnly(VILLAGE.districtCode), level: 'district', code: VILLAGE.districtCode },
    { name: 'another village of the kecamatan being staffed does not help', staffed: staffedOnly(OTHER_VILLAGE.code), level: 'regency', code: REGENCY },
    { name: 'no lower desk staffed: DPMPTSP', staffed: nobody, level: 'regency', code: REGENCY },
    { name: 'a staffed regency alone: DPMPTSP', staffed: staffedOnly(REGENCY), level: 'regency', code: REGENCY },
    { name: 'over the capital limit skips a staffed village', staffed: staffedOnly(VILLAGE.code), facts: { capital: 50_000_001 }, level: 'regency', code: REGENCY },
    { name: 'at the capital limit stays at the village', staffed: staffedOnly(VILLAGE.code), facts: { capital: 50_000_000 }, level: 'village', code: VILLAGE.code },
    { name: 'a CV skips a staffed village', staffed: staffedOnly(VILLAGE.code), facts: { legalForm: 'cv' }, level: 'regency', code: REGENCY },
    { name: 'three KBLI skip a staffed kecamatan', staffed: staffedOnly(VILLAGE.districtCode), facts: { kbliCount: 3 }, level: 'regency', code: REGENCY },
    { name: 'two KBLI stay at the kecamatan', staffed: staffedOnly(VILLAGE.districtCode), facts: { kbliCount: 2 }, level: 'district', code: VILLAGE.districtCode },
    { name: 'an amendment skips a staffed village', staffed: staffedOnly(VILLAGE.code), facts: { kind: 'amendment' }, level: 'regency', code: REGENCY },
  ];

  it.each(table)('$name', ({ staffed, facts, level, code }) => {
    expect(chooseDesk({ ...SIMPLE, ...facts }, RULES, staffed).desk).toEqual({ level, code });
  });

  it('reports the reasons with the desk they led to', () => {
    expect(chooseDesk({ ...SIMPLE, legalForm: 'pt', kind: 'amendment' }, RULES, staffedOnly(VILLAGE.code)))
      .toEqual({ desk: { level: 'regency', code: REGENCY }, reasons: ['legal_form', 'amendment'] });
    expect(chooseDesk(SIMPLE, RULES, nobody)).toEqual({ desk: { level: 'regency', code: REGENCY }, reasons: [] });
  });
});

const segment = (digits: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: 10 ** digits - 1 }).map((n) => String(n).padStart(digits, '0'));

/** Kemendagri-shaped codes: province, regency, kecamatan, village (2.2.2.4 digits). */
const villageCode = fc.tuple(segment(2), segment(2), segment(2), segment(4)).map((parts) => parts.join('.'));

const facts: fc.Arbitrary<RoutingFacts> = fc.record({
  kind: fc.constantFrom('new' as const, 'amendment' as const),
  capital: fc.integer({ min: 0, max: 5_000_000_000 }),
  legalForm: fc.constantFrom('perseorangan', 'ud', 'cv', 'pt'),
  kbliCount: fc.integer({ min: 0, max: 8 }),
  village: villageCode,
}).map(({ village, ...rest }) => ({
  ...rest,
  villageCode: village,
  districtCode: village.split('.').slice(0, 3).join('.'),
  regencyCode: village.split('.').slice(0, 2).join('.'),
}));

/** Facts within every lower-desk limit. */
const simpleFacts: fc.Arbitrary<RoutingFacts> = fc.tuple(facts, fc.integer({ min: 0, max: RULES.capitalLimit }), fc.integer({ min: 0, max: 2 }))
  .map(([f, capital, kbliCount]) => ({ ...f, kind: 'new' as const, legalForm: 'perseorangan', capital, kbliCount }));

const staffedSets = fc.record({ village: fc.boolean(), district: fc.boolean() });

describe('chooseDesk properties', () => {
  it('any DPMPTSP reason sends the case to the regency whoever is staffed', () => {
    fc.assert(fc.property(facts, staffedSets, (f, s) => {
      const routing = chooseDesk(f, RULES, (code) => (code === f.villageCode && s.village) || (code === f.districtCode && s.district));
      expect(routing.desk.level === 'regency' || routing.reasons.length === 0).toBe(true);
      if (routing.reasons.length > 0) expect(routing.desk).toEqual({ level: 'regency', code: f.regencyCode });
    }));
  });

  it('no reasons and a staffed village: the village desk', () => {
    fc.assert(fc.property(simpleFacts, fc.boolean(), (f, district) => {
      const routing = chooseDesk(f, RULES, (code) => code === f.villageCode || (district && code === f.districtCode));
      expect(routing).toEqual({ desk: { level: 'village', code: f.villageCode }, reasons: [] });
    }));
  });

  it('reasons are exactly the rules the facts break', () => {
    fc.assert(fc.property(facts, (f) => {
      const reasons = dpmptspReasons(f, RULES);
      expect(reasons.includes('capital')).toBe(f.capital > RULES.capitalLimit);
      expect(reasons.includes('legal_form')).toBe(f.legalForm !== 'perseorangan' && f.legalForm !== 'ud');
      expect(reasons.includes('many_kbli')).toBe(f.kbliCount > RULES.maxKbliAtLowerDesks);
      expect(reasons.includes('amendment')).toBe(f.kind === 'amendment');
    }));
  });

  it('no reasons: village when staffed, else kecamatan when staffed, else regency', () => {
    fc.assert(fc.property(simpleFacts, staffedSets, (f, s) => {
      const { desk } = chooseDesk(f, RULES, (code) => (code === f.villageCode && s.village) || (code === f.districtCode && s.district));
      const expected = s.village ? 'village' : s.district ? 'district' : 'regency';
      expect(desk.level).toBe(expected);
    }));
  });

  it('the desk is always one of the case\'s own three areas', () => {
    fc.assert(fc.property(facts, staffedSets, (f, s) => {
      const { desk } = chooseDesk(f, RULES, (code) => (code === f.villageCode && s.village) || (code === f.districtCode && s.district));
      expect({ village: f.villageCode, district: f.districtCode, regency: f.regencyCode }[desk.level]).toBe(desk.code);
    }));
  });
});

describe('areaCovers', () => {
  const table: [area: string, desk: string, covers: boolean][] = [
    ['35.05.02.2007', '35.05.02.2007', true],
    ['35.05.02', '35.05.02.2007', true],
    ['35.05', '35.05.02.2007', true],
    ['35', '35.05.02.2007', true],
    ['35.05', '35.05.02', true],
    ['35.05.02', '35.05.02', true],
    ['35.05.02', '35.05.020', false],
    ['35.05.02', '35.05.0201.2007', false],
    ['35.05.0', '35.05.02', false],
    ['35.05.02', '35.05.03.2007', false],
    ['35.05.02.2007', '35.05.02', false],
    ['35.05.02.2007', '35.05.02.2001', false],
    ['35.06', '35.05.02.2007', false],
    ['3', '35.05', false],
    ['', '35.05', false],
  ];

  it.each(table)('%s covers %s: %s', (area, desk, covers) => {
    expect(areaCovers(area, desk)).toBe(covers);
  });

  it('covers itself and every code below it', () => {
    fc.assert(fc.property(villageCode, fc.integer({ min: 1, max: 4 }), (code, depth) => {
      const area = code.split('.').slice(0, depth).join('.');
      expect(areaCovers(area, code)).toBe(true);
      expect(areaCovers(code, code)).toBe(true);
    }));
  });

  it('never covers a code that only starts with the same characters mid-segment', () => {
    fc.assert(fc.property(villageCode, fc.integer({ min: 1, max: 3 }), fc.stringMatching(/^[0-9]{1,3}$/), (code, depth, extra) => {
      const area = code.split('.').slice(0, depth).join('.');
      expect(areaCovers(area, `${area}${extra}`)).toBe(false);
      expect(areaCovers(area, `${area}${extra}.2007`)).toBe(false);
    }));
  });

  it('never covers a larger area than itself, nor a sibling', () => {
    fc.assert(fc.property(villageCode, villageCode, (a, b) => {
      const parent = a.split('.').slice(0, 3).join('.');
      expect(areaCovers(a, parent)).toBe(false);
      fc.pre(a !== b);
      expect(areaCovers(a, b)).toBe(false);
    }));
  });

  it('agrees with segment-wise prefix comparison', () => {
    fc.assert(fc.property(villageCode, villageCode, fc.integer({ min: 1, max: 4 }), (a, b, depth) => {
      const area = a.split('.').slice(0, depth);
      const desk = b.split('.');
      expect(areaCovers(area.join('.'), b)).toBe(area.every((part, i) => desk[i] === part));
    }));
  });
});

describe('routingFactsOf', () => {
  it('reads the facts from a dossier as intake builds it', () => {
    const dossier = syntheticDossier('6281234599001', { capital: 75_000_000, legalForm: 'cv', kbli: ['56102', '47111', '10792'] });
    expect(routingFactsOf(dossier)).toEqual({
      kind: 'new', capital: 75_000_000, legalForm: 'cv', kbliCount: 3,
      villageCode: VILLAGE.code, districtCode: VILLAGE.districtCode, regencyCode: '35.05',
    });
  });

  it('recognises an amendment', () => {
    const dossier = syntheticDossier('6281234599001', { kind: 'amendment' });
    expect(routingFactsOf(dossier)?.kind).toBe('amendment');
  });

  it('a simple synthetic dossier routes to the lower desks', () => {
    const f = routingFactsOf(syntheticDossier('6281234599001'));
    expect(f && dpmptspReasons(f, RULES)).toEqual([]);
  });

  const address = { villageCode: '35.05.02.2007', districtCode: '35.05.02', regencyCode: '35.05' };
  const missing: [string, Record<string, unknown>][] = [
    ['no business', { kind: 'new' }],
    ['no address', { business: { capital: 1 } }],
    ['no village code', { business: { address: { ...address, villageCode: undefined } } }],
    ['no kecamatan code', { business: { address: { ...address, districtCode: undefined } } }],
    ['a numeric regency code', { business: { address: { ...address, regencyCode: 3505 } } }],
  ];

  it.each(missing)('is undefined with %s', (_, dossier) => {
    expect(routingFactsOf(dossier)).toBeUndefined();
  });

  it('fills what routing can do without: new, no capital, perseorangan, no KBLI', () => {
    expect(routingFactsOf({ kind: 'something', business: { address, capital: '5000', kbli: 'x' } })).toEqual({
      kind: 'new', capital: 0, legalForm: 'perseorangan', kbliCount: 0, ...address,
    });
  });
});
