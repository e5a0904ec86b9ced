// Wall-clock arithmetic in an IANA time zone, using only Intl. Offsets are read from Intl at each
// instant instead of being assumed, so any zone works (Indonesia has no DST, but its zones have
// had other offsets in the past, and an office elsewhere may have DST).

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A local calendar date and time of day in some time zone. */
export interface LocalParts {
  /** Local calendar date, 'YYYY-MM-DD'. */
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Whole minutes after local midnight (0 … 1439). */
  minutes: number;
}

/** Conversions between instants and wall-clock time in one zone, sharing one formatter. */
export interface ZoneClock {
  localParts(at: number): LocalParts;
  /** Milliseconds to add to UTC to get local wall-clock time at this instant. */
  offsetAt(at: number): number;
  /** The instant when the wall clock shows `minutes` after midnight of `date` (1440 = next midnight). */
  toInstant(date: string, minutes: number): number;
}

interface DateFields {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds since the epoch of a UTC date-time; unlike Date.UTC it keeps years 0–99 as they are. */
function utcMs(fields: DateFields, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  return date.getTime();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatDate(fields: DateFields): string {
  return `${pad(fields.year, 4)}-${pad(fields.month, 2)}-${pad(fields.day, 2)}`;
}

/** Splits 'YYYY-MM-DD' into numbers; the caller guarantees the shape. */
export function dateFields(date: string): DateFields {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return { year, month, day };
}

/** The calendar date `days` after `date` (both 'YYYY-MM-DD'). */
export function addDays(date: string, days: number): string {
  const shifted = new Date(utcMs(dateFields(date)) + days * DAY_MS);
  return formatDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** Day of the week of a calendar date, 0 = Sunday; the same in every zone. */
export function weekdayOf(date: string): number {
  return new Date(utcMs(dateFields(date))).getUTCDay();
}

/** True when `date` is 'YYYY-MM-DD' and names a real calendar day. */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  return addDays(date, 0) === date;
}

function makeFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

interface WallClock extends DateFields {
  hour: number;
  minute: number;
  second: number;
}

function wallClock(formatter: Intl.DateTimeFormat, at: number): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields;
  return { year, month, day, hour, minute, second };
}

/**
 * Builds the conversions for one zone. Throws RangeError for a zone Intl does not know.
 * Callers create one per operation rather than caching globally (no module-level state).
 */
export function zoneClock(timeZone: string): ZoneClock {
  const formatter = makeFormatter(timeZone);
  const offsetAt = (at: number): number => {
    const wall = wallClock(formatter, at);
    return utcMs(wall, wall.hour, wall.minute, wall.second) - Math.floor(at / 1000) * 1000;
  };
  return {
    offsetAt,
    localParts(at) {
      const wall = wallClock(formatter, at);
      const date = formatDate(wall);
      return { date, weekday: weekdayOf(date), minutes: wall.hour * 60 + wall.minute };
    },
    toInstant(date, minutes) {
      // Guess with the offset at the wall time read as UTC, then correct once with the offset at the
      // guess: exact whenever the offset does not change within the hours between the two.
      const wall = utcMs(dateFields(date)) + minutes * MINUTE_MS;
      return wall - offsetAt(wall - offsetAt(wall));
    },
  };
}

/** The local date, weekday and minute of day of an instant, for rendering messages elsewhere. */
export function localParts(timeZone: string, at: number): LocalParts {
  return zoneClock(timeZone).localParts(at);
}
