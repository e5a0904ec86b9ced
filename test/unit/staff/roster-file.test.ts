// The roster seed file: the documented example loads, and every kind of mistake names the file, the
// entry and the field, without repeating the phone or the name. Plus properties of the input schema.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readRosterFile, RosterFileError } from '../../../bot/staff/roster-file.js';
import { staffInputSchema } from '../../../workers/staff/roster.js';

const dir = mkdtempSync(join(tmpdir(), 'loket-roster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function writeRoster(content: unknown): string {
  const path = join(dir, `roster-${++fileCount}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const vina = { phone: '6281234500001', name: 'Vina (contoh)', role: 'operator', areas: ['35.05.02.2007'] };
const budi = { phone: '0812 3450 0002', name: 'Budi (contoh)', role: 'coordinator', areas: ['35.05'], maxOpenCases: 40 };

async function failure(promise: Promise<unknown>): Promise<RosterFileError> {
  const error = await promise.then(() => undefined, (err: unknown) => err);
  expect(error).toBeInstanceOf(RosterFileError);
  return error as RosterFileError;
}

describe('readRosterFile', () => {
  it('loads the documented example', async () => {
    const example = fileURLToPath(new URL('../../../docs/roster.example.json', import.meta.url));
    const staff = await readRosterFile(example);
    expect(staff.length).toBeGreaterThanOrEqual(3);
    expect(new Set(staff.map((m) => m.role))).toEqual(new Set(['operator', 'coordinator']));
    for (const member of staff) expect(member.name).toMatch(/\(contoh\)$/);
  });

  it('normalises the entries like the admin API does', async () => {
    const staff = await readRosterFile(writeRoster({ staff: [vina, { ...budi, areas: ['35.05', ' 35.05 '] }] }));
    expect(staff).toEqual([vina, { ...budi, phone: '6281234500002', areas: ['35.05'] }]);
  });

  it.each([
    ['a phone that is not mobile', { staff: [vina, { ...budi, phone: '0215550002' }] }, 1, 'phone', /mobile number/],
    ['an area code in the wrong format', { staff: [{ ...vina, areas: ['35.05.02.2007', '35.5'] }] }, 0, 'areas[1]', /Kemendagri code/],
    ['a missing role', { staff: [vina, budi, { phone: '6281234500003', name: 'Citra (contoh)', areas: ['35.05.02'] }] }, 2, 'role', /"operator" or "coordinator"/],
    ['maxOpenCases 0', { staff: [{ ...vina, maxOpenCases: 0 }] }, 0, 'maxOpenCases', /1 to 200/],
    ['an unknown field', { staff: [{ ...vina, desa: '35.05.02.2007' }] }, 0, 'desa', /unknown field/],
    ['the same phone twice', { staff: [vina, budi, { ...vina, phone: '081234500001', name: 'Lain (contoh)' }] }, 2, 'phone', /same phone as staff\[0\]/],
  ])('names the entry and field for %s', async (_label, content, entry, field, problem) => {
    const path = writeRoster(content);
    const error = await failure(readRosterFile(path));
    expect(error).toMatchObject({ file: path, entry, field });
    expect(error.problem).toMatch(problem);
    expect(error.message).toContain(`roster file ${path}: staff[${entry}].${field}: `);
    for (const secret of ['6281234500001', '81234500002', 'Vina', 'Budi']) expect(error.message).not.toContain(secret);
  });

  it('names an entry that is not an object', async () => {
    const error = await failure(readRosterFile(writeRoster({ staff: [vina, 'Budi (contoh)'] })));
    expect(error).toMatchObject({ entry: 1, field: undefined });
    expect(error.message).toMatch(/staff\[1\]: must be a JSON object/);
  });

  it.each([
    ['a bare list', [vina], /"staff" list/],
    ['invalid JSON', '{"staff": [', /not valid JSON/],
    ['a staff field that is not a list', { staff: { vina } }, /"staff" list/],
  ])('refuses %s as a whole', async (_label, content, problem) => {
    const path = writeRoster(content);
    const error = await failure(readRosterFile(path));
    expect(error).toMatchObject({ file: path, entry: undefined });
    expect(error.message).toMatch(problem);
  });

  it('refuses a file that does not exist', async () => {
    const path = join(dir, 'absent.json');
    const error = await failure(readRosterFile(path));
    expect(error.message).toBe(`roster file ${path}: cannot be read (ENOENT)`);
  });

  it('checks areas against the service area when given the check', async () => {
    const path = writeRoster({ staff: [vina, { ...budi, areas: ['35.05', '35.06.01'] }] });
    const areaProblem = (code: string) => (code.startsWith('35.05') ? undefined : `${code} is outside the service area 35.05`);
    const error = await failure(readRosterFile(path, { areaProblem }));
    expect(error).toMatchObject({ entry: 1, field: 'areas[1]', problem: '35.06.01 is outside the service area 35.05' });
    expect(await readRosterFile(path)).toHaveLength(2);
  });
});

describe('staffInputSchema', () => {
  const code = fc.constantFrom('35.05', '35.05.02', '35.05.02.2007', '35.05.03', '35.05.03.2001', '64.72.01.1001');

  it('keeps each area code once, in first-seen order', () => {
    fc.assert(
      fc.property(fc.array(code, { minLength: 1, maxLength: 12 }), (areas) => {
        const parsed = staffInputSchema.parse({ ...vina, areas });
        expect(parsed.areas).toEqual([...new Set(areas)]);
      }),
    );
  });

  it('gives the same phone for every way of writing a mobile number', () => {
    const national = fc.stringMatching(/^8[1-35-9]\d{7,10}$/);
    const written = fc.constantFrom((n: string) => `0${n}`, (n: string) => `+62 ${n}`, (n: string) => `62${n}`, (n: string) => ` 0${n.slice(0, 3)}-${n.slice(3)} `);
    fc.assert(
      fc.property(national, written, (n, write) => {
        expect(staffInputSchema.parse({ ...vina, phone: write(n) }).phone).toBe(`62${n}`);
      }),
    );
  });

  it('refuses any area code outside the three Kemendagri shapes', () => {
    const bad = fc.string({ maxLength: 16 }).filter((s) => !/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/.test(s.trim()));
    fc.assert(
      fc.property(bad, (area) => {
        expect(staffInputSchema.safeParse({ ...vina, areas: [area] }).success).toBe(false);
      }),
    );
  });
});
