// Working time of an office: opening hours, holidays and time zones, for SLAs and "when will a
// human act" messages. Pure: only the built-in Intl is used.
export type { DailyWindow, OfficeHours } from './hours.js';
export { InvalidOfficeHoursError, addWorkingTime, isOpenAt, nextOpening, workingTimeBetween } from './hours.js';
export type { ParseResult } from './parse.js';
export { parseHolidays, parseTimeZone, parseWeeklyHours } from './parse.js';
export type { LocalParts } from './zone.js';
export { localParts } from './zone.js';
