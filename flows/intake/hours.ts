// Office time in words: the weekly hours for the opening message, an instant as a local date and
// time (the reminder's deletion deadline), and when a human will next act on a new case.

import { isOpenAt, nextOpening, type DailyWindow, type OfficeHours } from '../worktime/index.js';
import { localParts } from '../worktime/index.js';
import type { IntakeContext } from './context.js';

/** Only the words are needed, so casework messages can use these too. */
export type Words = Pick<IntakeContext, 't'>;

/** Monday first, as Indonesian offices list their days. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

const ZONE_LABELS: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function zoneLabel(timeZone: string): string {
  return ZONE_LABELS[timeZone] ?? timeZone;
}

/** 480 → "08:00". */
export function clock(minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

function weekdayName(day: number, ctx: Words): string {
  return ctx.t('weekdayNames').split('|')[day] ?? String(day);
}

interface DayRun {
  first: number;
  last: number;
  window: DailyWindow;
}

function sameWindow(a: DailyWindow | null | undefined, b: DailyWindow | null | undefined): boolean {
  return a != null && b != null && a.open === b.open && a.close === b.close;
}

/** Consecutive days (Monday first) with the same opening window. */
function dayRuns(hours: OfficeHours): DayRun[] {
  const runs: DayRun[] = [];
  for (const day of WEEK_ORDER) {
    const window = hours.weekly[day];
    if (!window) continue;
    const last = runs.at(-1);
    const previousDay = (day + 6) % 7;
    if (last && last.last === previousDay && sameWindow(last.window, window)) last.last = day;
    else runs.push({ first: day, last: day, window });
  }
  return runs;
}

function runDays(run: DayRun, ctx: Words): string {
  const first = weekdayName(run.first, ctx);
  return run.first === run.last ? first : `${first}–${weekdayName(run.last, ctx)}`;
}

function closedNote(hours: OfficeHours, ctx: Words): string {
  const closed = WEEK_ORDER.filter((day) => !hours.weekly[day]).map((day) => weekdayName(day, ctx));
  return closed.length === 0 ? ctx.t('hoursHolidaysClosed') : ctx.t('hoursClosed', { days: closed.join(ctx.t('listJoin')) });
}

/** "Senin–Kamis pukul 08:00–15:00 WIB; Jumat pukul 08:00–14:30 WIB. Sabtu, Minggu dan hari libur nasional tutup." */
export function describeOfficeHours(hours: OfficeHours, ctx: Words): string {
  const zone = zoneLabel(hours.timeZone);
  const lines = dayRuns(hours).map((run) =>
    ctx.t('hoursLine', { days: runDays(run, ctx), from: clock(run.window.open), to: clock(run.window.close), zone }),
  );
  return `${lines.join('; ')}. ${closedNote(hours, ctx)}`;
}

/** An instant as a local date and time in the office's zone: "Senin, 3 Maret 2025 pukul 14:05 WIB". */
export function describeInstant(at: number, timeZone: string, ctx: Words): string {
  const parts = localParts(timeZone, at);
  const [year = '', month = '', day = ''] = parts.date.split('-');
  return ctx.t('dateTime', {
    weekday: weekdayName(parts.weekday, ctx),
    day: String(Number(day)),
    month: ctx.t('monthNames').split('|')[Number(month) - 1] ?? month,
    year,
    time: clock(parts.minutes),
    zone: zoneLabel(timeZone),
  });
}

/** "today during working hours" when the office is open now, else the next opening in words. */
export function nextContactWhen(hours: OfficeHours, now: number, ctx: Words): string {
  if (isOpenAt(hours, now)) return ctx.t('whenToday');
  const opening = nextOpening(hours, now);
  const parts = localParts(hours.timeZone, opening);
  return ctx.t('whenNext', { at: `${weekdayName(parts.weekday, ctx)} ${clock(parts.minutes)} ${zoneLabel(hours.timeZone)}` });
}
