// The roster seed file (ROSTER_FILE): {"staff": [StaffInput, ...]}, documented in docs/roster.md.
// Errors name the file, the entry and the field, never the values: the file holds phones and names,
// and the message ends up in the start-up log.
import { readFile } from 'node:fs/promises';
import { fieldName, staffInputSchema, staffProblems, type StaffInput, type StaffProblem } from '../../workers/staff/roster.js';

export class RosterFileError extends Error {
  override readonly name = 'RosterFileError';

  constructor(
    readonly file: string,
    readonly problem: string,
    /** Index of the entry in the "staff" list, when one entry is wrong. */
    readonly entry?: number,
    readonly field?: string,
  ) {
    super(`roster file ${file}: ${where(entry, field)}${problem}`);
  }
}

function where(entry: number | undefined, field: string | undefined): string {
  if (entry === undefined) return '';
  return field ? `staff[${entry}].${field}: ` : `staff[${entry}]: `;
}

export interface RosterFileOptions {
  /** Also checks each area against the service area (the admin API's check); the first reason fails the file. */
  areaProblem?: (code: string) => string | undefined;
}

/** Reads and validates the seed file; throws RosterFileError on the first thing wrong. */
export async function readRosterFile(path: string, options: RosterFileOptions = {}): Promise<StaffInput[]> {
  const entries = staffList(path, parseJson(path, await readText(path)));
  const members = entries.map((entry, index) => validEntry(path, entry, index));
  rejectDuplicatePhones(path, members);
  if (options.areaProblem) rejectAreas(path, members, options.areaProblem);
  return members;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new RosterFileError(path, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new RosterFileError(path, `is not valid JSON (${(err as Error).message})`);
  }
}

function staffList(path: string, document: unknown): unknown[] {
  const staff = isObject(document) ? document.staff : undefined;
  if (!Array.isArray(staff)) throw new RosterFileError(path, 'must be a JSON object with a "staff" list: {"staff": [{"phone": …}, …]}');
  return staff;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validEntry(path: string, entry: unknown, index: number): StaffInput {
  const parsed = staffInputSchema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const [first] = staffProblems(parsed.error);
  throw entryError(path, index, first ?? { field: '(entry)', problem: 'is not a valid staff member' });
}

function entryError(path: string, index: number, problem: StaffProblem): RosterFileError {
  const field = problem.field === '(body)' ? undefined : problem.field;
  const text = problem.field === '(body)' ? problem.problem.replace(/^send a JSON object/, 'must be a JSON object') : problem.problem;
  return new RosterFileError(path, text, index, field);
}

function rejectDuplicatePhones(path: string, members: StaffInput[]): void {
  const seen = new Map<string, number>();
  members.forEach((member, index) => {
    const earlier = seen.get(member.phone);
    if (earlier !== undefined) {
      throw new RosterFileError(path, `has the same phone as staff[${earlier}]; list each person once`, index, 'phone');
    }
    seen.set(member.phone, index);
  });
}

function rejectAreas(path: string, members: StaffInput[], areaProblem: (code: string) => string | undefined): void {
  members.forEach((member, index) => {
    member.areas.forEach((code, position) => {
      const reason = areaProblem(code);
      if (reason !== undefined) throw new RosterFileError(path, reason, index, fieldName(['areas', position]));
    });
  });
}
