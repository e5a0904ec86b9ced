// Parsers for the human-written office-hours settings. Reasons are English: they are read by the
// people running the service, in a startup error naming the bad setting.
import type { DailyWindow } from './hours.js';
import { isCalendarDate } from './zone.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const EXAMPLE_HOURS = "'mon-thu 08:00-15:00; fri 08:00-14:30'";
const DAY_LABELS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Accepted spellings per weekday (index 0 = Sunday): English and Indonesian, long and short. */
const DAY_ALIASES: ReadonlyArray<readonly string[]> = [
  ['sun', 'sunday', 'min', 'minggu', 'ahad'],
  ['mon', 'monday', 'sen', 'senin'],
  ['tue', 'tues', 'tuesday', 'sel', 'selasa'],
  ['wed', 'wednesday', 'rab', 'rabu'],
  ['thu', 'thur', 'thurs', 'thursday', 'kam', 'kamis'],
  ['fri', 'friday', 'jum', 'jumat', "jum'at"],
  ['sat', 'saturday', 'sab', 'sabtu'],
];

/** Indonesian zone abbreviations people write instead of IANA names. */
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/** The part of an entry after its day names: 'HH:MM-HH:MM'. */
const TIME_RANGE = /^(\d{1,2}[:.]\d{2})\s*[-–—]\s*(\d{1,2}[:.]\d{2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;
const RANGE_DASH = /\s*[-–—]\s*/;

interface Entry {
  text: string;
  days: number[];
  window: DailyWindow;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Minutes after midnight of 'HH:MM' or 'HH.MM' (Indonesian style); 24:00 is the end of the day. */
function parseTime(text: string): number | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const valid = minute < 60 && (hour < 24 || (hour === 24 && minute === 0));
  return valid ? hour * 60 + minute : undefined;
}

function parseDayName(name: string): number | undefined {
  const key = name.toLowerCase().replace(/[’‘`]/g, "'").replace(/\.$/, '');
  const day = DAY_ALIASES.findIndex((aliases) => aliases.includes(key));
  return day === -1 ? undefined : day;
}

/** Days from `first` to `last` inclusive, wrapping past Saturday so 'mon-sun' is the whole week. */
function dayRange(first: number, last: number): number[] {
  const days = [first];
  for (let day = first; day !== last; ) {
    day = (day + 1) % 7;
    days.push(day);
  }
  return days;
}

function parseDayItem(item: string, entry: string): ParseResult<number[]> {
  const names = item.split(RANGE_DASH);
  if (names.length > 2 || names.some((name) => name === '')) {
    return fail(`'${item}' in '${entry}' is not a day or a day range such as 'mon-thu'`);
  }
  const days = names.map(parseDayName);
  const unknown = names.find((_, index) => days[index] === undefined);
  if (unknown !== undefined) {
    return fail(`unknown day '${unknown}' in '${entry}': use mon, tue, wed, thu, fri, sat, sun (or senin … minggu)`);
  }
  const [first = 0, last = first] = days as number[];
  return { ok: true, value: dayRange(first, last) };
}

function parseDays(text: string, entry: string): ParseResult<number[]> {
  if (text.trim() === '') return fail(`'${entry}' names no day: write the days first, as in ${EXAMPLE_HOURS}`);
  const days: number[] = [];
  for (const item of text.split(',')) {
    const parsed = parseDayItem(item.trim(), entry);
    if (!parsed.ok) return parsed;
    days.push(...parsed.value);
  }
  return { ok: true, value: days };
}

function parseWindow(openText: string, closeText: string, entry: string): ParseResult<DailyWindow> {
  const open = parseTime(openText);
  const close = parseTime(closeText);
  const bad = open === undefined ? openText : close === undefined ? closeText : undefined;
  if (bad !== undefined || open === undefined || close === undefined) {
    return fail(`'${bad ?? ''}' in '${entry}' is not a time of day: use HH:MM between 00:00 and 24:00`);
  }
  if (close <= open) {
    return fail(`in '${entry}' closing ${closeText} is not after opening ${openText} (hours past midnight are not supported)`);
  }
  return { ok: true, value: { open, close } };
}

function parseEntry(text: string): ParseResult<Entry> {
  // Day names hold no digits, so the times start at the first digit.
  const timesAt = text.search(/\d/);
  const times = timesAt === -1 ? null : TIME_RANGE.exec(text.slice(timesAt));
  if (!times) return fail(`'${text}' is not '<days> HH:MM-HH:MM'; write for example ${EXAMPLE_HOURS}`);
  const days = parseDays(text.slice(0, timesAt), text);
  if (!days.ok) return days;
  const window = parseWindow(times[1] ?? '', times[2] ?? '', text);
  if (!window.ok) return window;
  return { ok: true, value: { text, days: days.value, window: window.value } };
}

function collectWeek(entries: readonly Entry[]): ParseResult<ReadonlyArray<DailyWindow | null>> {
  const weekly: Array<DailyWindow | null> = [null, null, null, null, null, null, null];
  for (const { text, days, window } of entries) {
    const repeated = days.find((day) => weekly[day] !== null || days.indexOf(day) !== days.lastIndexOf(day));
    if (repeated !== undefined) return fail(`${DAY_LABELS[repeated]} is given more than once (again in '${text}')`);
    for (const day of days) weekly[day] = window;
  }
  return { ok: true, value: weekly };
}

/**
 * Parses weekly opening hours such as "mon-thu 08:00-15:00; fri 08:00-14:30" into seven windows
 * (index 0 = Sunday). Entries are separated by ';', a new line, or a comma after a time; days not
 * listed are closed. Day lists ('mon,wed'), wrapping ranges ('fri-mon'), Indonesian day names and
 * '08.00' times are accepted.
 */
export function parseWeeklyHours(spec: string): ParseResult<ReadonlyArray<DailyWindow | null>> {
  const texts = spec.split(/[;\n]|(?<=\d)\s*,/).map((text) => text.trim()).filter((text) => text !== '');
  if (texts.length === 0) return fail(`no opening hours given: write for example ${EXAMPLE_HOURS}`);
  const entries: Entry[] = [];
  for (const text of texts) {
    const entry = parseEntry(text);
    if (!entry.ok) return entry;
    entries.push(entry.value);
  }
  return collectWeek(entries);
}

/** Parses closed dates, 'YYYY-MM-DD' separated by commas (spaces and new lines also work). */
export function parseHolidays(list: string): ParseResult<ReadonlySet<string>> {
  const dates = list.split(/[\s,;]+/).filter((text) => text !== '');
  const bad = dates.find((date) => !isCalendarDate(date));
  if (bad !== undefined) {
    return fail(`'${bad}' is not a calendar date: list holidays as YYYY-MM-DD separated by commas, e.g. '2025-08-17, 2025-12-25'`);
  }
  return { ok: true, value: new Set(dates) };
}

/** Parses an IANA zone name (any case) or WIB / WITA / WIT into the canonical IANA name. */
export function parseTimeZone(name: string): ParseResult<string> {
  const trimmed = name.trim();
  const candidate = ZONE_ABBREVIATIONS[trimmed.toUpperCase()] ?? trimmed;
  try {
    return { ok: true, value: new Intl.DateTimeFormat('en-US', { timeZone: candidate }).resolvedOptions().timeZone };
  } catch {
    return fail(`'${trimmed}' is not a known time zone: use an IANA name such as Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)`);
  }
}
