import fc from 'fast-check';
import { getProvinces } from 'idn-area-data';
import { describe, expect, it } from 'vitest';
import { NIK_PROVINCE_CODES, ageOn, checkNikShape, parseNik } from '../../../flows/validators/nik.js';

const TODAY = new Date('2026-03-01T00:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

interface Identity {
  province: string;
  regency: number;
  district: number;
  birth: Date;
  gender: 'female' | 'male';
  serial: number;
}

function buildNik(id: Identity): string {
  const day = id.birth.getUTCDate() + (id.gender === 'female' ? 40 : 0);
  const ddmmyy = pad(day, 2) + pad(id.birth.getUTCMonth() + 1, 2) + pad(id.birth.getUTCFullYear() % 100, 2);
  return id.province + pad(id.regency, 2) + pad(id.district, 2) + ddmmyy + pad(id.serial, 4);
}

/** Birth dates the century rule must resolve: after the same day 100 years ago, up to today. */
function identityOn(today: Date): fc.Arbitrary<Identity> {
  const hundredYearsAgo = Date.UTC(today.getUTCFullYear() - 100, today.getUTCMonth(), today.getUTCDate());
  const span = Math.round((today.getTime() - hundredYearsAgo) / DAY_MS);
  return fc.record({
    province: fc.constantFrom(...NIK_PROVINCE_CODES),
    regency: fc.integer({ min: 1, max: 99 }),
    district: fc.integer({ min: 1, max: 99 }),
    birth: fc.integer({ min: 0, max: span - 1 }).map((daysBack) => new Date(today.getTime() - daysBack * DAY_MS)),
    gender: fc.constantFrom('female' as const, 'male' as const),
    serial: fc.integer({ min: 1, max: 9999 }),
  });
}

/** The ways people type a NIK: plain, in groups of four, or with the dots/dashes of forms. */
const layout = fc.constantFrom(
  (nik: string) => nik,
  (nik: string) => nik.replace(/(\d{4})(?=\d)/g, '$1 '),
  (nik: string) => `  ${nik.slice(0, 6)}.${nik.slice(6, 12)}.${nik.slice(12)} `,
  (nik: string) => nik.replace(/(\d{2})(\d{2})(\d{2})(\d{6})(\d{4})/, '$1-$2-$3-$4-$5'),
);

const midnightUtc = fc
  .integer({ min: Date.UTC(2005, 0, 1) / DAY_MS, max: Date.UTC(2090, 0, 1) / DAY_MS })
  .map((days) => new Date(days * DAY_MS));

describe('parseNik', () => {
  it.each([
    ['3505 0241 0190 0001', { birthDate: '1990-01-01', gender: 'female', provinceCode: '35', regencyCode: '05', districtCode: '02', serial: '0001' }],
    ['3204114609970001', { birthDate: '1997-09-06', gender: 'female', provinceCode: '32', regencyCode: '04', districtCode: '11', serial: '0001' }],
    ['3204110609970001', { birthDate: '1997-09-06', gender: 'male' }],
    ['6472-01-150805-1234', { birthDate: '2005-08-15', gender: 'male', provinceCode: '64', regencyCode: '72' }],
    ['9601014101250001', { birthDate: '2025-01-01', provinceCode: '96' }],
    ['9301012902000001', { birthDate: '2000-02-29' }],
    ['3505020103260007', { birthDate: '2026-03-01' }],
    ['3505020203260007', { birthDate: '1926-03-02' }],
    ['３５０５０２４１０１９００００１', { birthDate: '1990-01-01' }],
  ])('accepts %s', (text, expected) => {
    const result = parseNik(text, TODAY);
    expect(result).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    ['350502410190000', 'not_16_digits'],
    ['35050241019000011', 'not_16_digits'],
    ['32041106099700AB', 'not_16_digits'],
    ['32O4114609970001', 'not_16_digits'],
    ['NIK 3505024101900001', 'not_16_digits'],
    ['', 'not_16_digits'],
    ['9705024101900001', 'unknown_province'],
    ['2005024101900001', 'unknown_province'],
    ['0005024101900001', 'unknown_province'],
    ['3204113102970001', 'invalid_birth_date'],
    ['3204117109970001', 'invalid_birth_date'],
    ['3505019901900001', 'invalid_birth_date'],
    ['3505023601900001', 'invalid_birth_date'],
    ['3505020001900001', 'invalid_birth_date'],
    ['3505027201900001', 'invalid_birth_date'],
    ['3505021013900001', 'invalid_birth_date'],
    ['3505021000900001', 'invalid_birth_date'],
    ['3505022902990001', 'invalid_birth_date'],
    ['3505024101900000', 'zero_serial'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseNik(text, TODAY)).toEqual({ ok: false, reason });
  });

  it('rejects a 29 February that would only exist in 2000 when 2000 is still in the future', () => {
    expect(parseNik('3505022902000001', new Date('1999-06-01T00:00:00Z'))).toEqual({ ok: false, reason: 'invalid_birth_date' });
    expect(parseNik('3505022902000001', new Date('2000-02-29T00:00:00Z'))).toMatchObject({ ok: true, value: { birthDate: '2000-02-29' } });
  });

  it('judges "today" on the Indonesian calendar (a birth today in WIT is not in the future)', () => {
    // 2026-03-01 18:00 UTC is already 2 March in WIB, WITA and WIT.
    const lateEvening = new Date('2026-03-01T18:00:00Z');
    expect(parseNik('3505020203260007', lateEvening)).toMatchObject({ ok: true, value: { birthDate: '2026-03-02' } });
  });

  it('knows exactly the Kemendagri provinces of idn-area-data, including Papua 93–96', () => {
    const fromAreaData = getProvinces().then((provinces) => provinces.map((p) => p.code).sort());
    return expect(fromAreaData).resolves.toEqual([...NIK_PROVINCE_CODES].sort());
  });

  it('accepts every generated NIK, however laid out, and decodes it', () => {
    fc.assert(
      fc.property(identityOn(TODAY), layout, (id, style) => {
        const nik = buildNik(id);
        expect(parseNik(style(nik), TODAY)).toEqual({
          ok: true,
          value: {
            nik,
            provinceCode: id.province,
            regencyCode: pad(id.regency, 2),
            districtCode: pad(id.district, 2),
            birthDate: id.birth.toISOString().slice(0, 10),
            gender: id.gender,
            serial: pad(id.serial, 4),
          },
        });
      }),
    );
  });

  it('picks the century right for any reference day', () => {
    const scenario = midnightUtc.chain((today) => fc.tuple(fc.constant(today), identityOn(today)));
    fc.assert(
      fc.property(scenario, ([today, id]) => {
        const result = parseNik(buildNik(id), today);
        expect(result.ok && result.value.birthDate).toBe(id.birth.toISOString().slice(0, 10));
      }),
    );
  });

  it('rejects a wrong number of digits', () => {
    const cut = fc.tuple(identityOn(TODAY), fc.nat(15), fc.boolean());
    fc.assert(
      fc.property(cut, ([id, at, grow]) => {
        const nik = buildNik(id);
        const mutated = grow ? nik.slice(0, at) + '7' + nik.slice(at) : nik.slice(0, at) + nik.slice(at + 1);
        expect(parseNik(mutated, TODAY)).toEqual({ ok: false, reason: 'not_16_digits' });
      }),
    );
  });

  it('rejects a letter in place of a digit', () => {
    const swap = fc.tuple(identityOn(TODAY), fc.nat(15), fc.constantFrom('O', 'l', 'I', 'B', 'x'));
    fc.assert(
      fc.property(swap, ([id, at, letter]) => {
        const nik = buildNik(id);
        expect(parseNik(nik.slice(0, at) + letter + nik.slice(at + 1), TODAY)).toEqual({ ok: false, reason: 'not_16_digits' });
      }),
    );
  });

  it('rejects province codes outside the list', () => {
    const unknown = fc.integer({ min: 0, max: 99 }).map((n) => pad(n, 2)).filter((code) => !NIK_PROVINCE_CODES.has(code));
    fc.assert(
      fc.property(identityOn(TODAY), unknown, (id, province) => {
        expect(parseNik(buildNik({ ...id, province }), TODAY)).toEqual({ ok: false, reason: 'unknown_province' });
      }),
    );
  });

  it('rejects coded days that are no day at all (00, 32–40, 72–99)', () => {
    const badDay = fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 40 }), fc.integer({ min: 72, max: 99 }));
    fc.assert(
      fc.property(identityOn(TODAY), badDay, (id, day) => {
        const nik = buildNik(id);
        const mutated = nik.slice(0, 6) + pad(day, 2) + nik.slice(8);
        expect(parseNik(mutated, TODAY)).toEqual({ ok: false, reason: 'invalid_birth_date' });
      }),
    );
  });

  it('rejects months 00 and 13–99', () => {
    const badMonth = fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }));
    fc.assert(
      fc.property(identityOn(TODAY), badMonth, (id, month) => {
        const nik = buildNik(id);
        const mutated = nik.slice(0, 8) + pad(month, 2) + nik.slice(10);
        expect(parseNik(mutated, TODAY)).toEqual({ ok: false, reason: 'invalid_birth_date' });
      }),
    );
  });

  it('rejects days a month does not have (31 Feb, 31 Sep, 29 Feb of a common year), for both sexes', () => {
    const impossible = fc.oneof(
      fc.record({ month: fc.constant(2), day: fc.constantFrom(30, 31), yy: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ month: fc.constantFrom(4, 6, 9, 11), day: fc.constant(31), yy: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ month: fc.constant(2), day: fc.constant(29), yy: fc.integer({ min: 0, max: 99 }).filter((yy) => yy % 4 !== 0) }),
    );
    fc.assert(
      fc.property(impossible, fc.boolean(), ({ month, day, yy }, female) => {
        const coded = pad(day + (female ? 40 : 0), 2) + pad(month, 2) + pad(yy, 2);
        expect(parseNik(`350502${coded}0001`, TODAY)).toEqual({ ok: false, reason: 'invalid_birth_date' });
      }),
    );
  });

  it('rejects serial 0000', () => {
    fc.assert(
      fc.property(identityOn(TODAY), (id) => {
        expect(parseNik(buildNik({ ...id, serial: 0 }), TODAY)).toEqual({ ok: false, reason: 'zero_serial' });
      }),
    );
  });
});

describe('checkNikShape', () => {
  it('agrees with parseNik on generated NIKs and needs no reference day', () => {
    fc.assert(
      fc.property(identityOn(TODAY), (id) => {
        expect(checkNikShape(buildNik(id))).toBeUndefined();
      }),
    );
  });

  it.each([
    ['3505024101900001', undefined],
    ['3505023102970001', 'invalid_birth_date'],
    ['9905024101900001', 'unknown_province'],
    ['3505024101900000', 'zero_serial'],
    ['35050241019', 'not_16_digits'],
  ])('%s → %s', (nik, reason) => {
    expect(checkNikShape(nik)).toBe(reason);
  });
});

describe('ageOn', () => {
  it.each([
    ['2009-03-01', 17],
    ['2009-03-02', 16],
    ['1990-01-01', 36],
    ['2026-03-01', 0],
  ])('someone born %s is %i on 2026-03-01', (birthDate, age) => {
    expect(ageOn(birthDate, TODAY)).toBe(age);
  });
});
