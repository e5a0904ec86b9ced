// Synthetic cases for the reports' unit tests: a case is its events, written as [type, WIB time].
import type { ReportCase } from '../../../flows/reports/types.js';
import type { AreaNames } from '../../../flows/reports/summary.js';
import type { OfficeHours } from '../../../flows/worktime/index.js';
import { parseHolidays, parseWeeklyHours } from '../../../flows/worktime/index.js';

export const ZONE = 'Asia/Jakarta';
/** An instant given as WIB wall time. */
export const wib = (local: string): number => Date.parse(`${local}+07:00`);

export const UDANAWU = { code: '35.05.02', name: 'Udanawu', villages: { '35.05.02.2007': 'Karanggondang', '35.05.02.2001': 'Jati' } };
export const KANIGORO = { code: '35.05.10', name: 'Kanigoro', villages: { '35.05.10.1010': 'Satreyan' } };

export const NAMES: AreaNames = {
  villageName: (code) => ({ ...UDANAWU.villages, ...KANIGORO.villages } as Record<string, string>)[code],
  districtName: (code) => ({ [UDANAWU.code]: UDANAWU.name, [KANIGORO.code]: KANIGORO.name } as Record<string, string>)[code],
};

function parsed<T>(r: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

export const OFFICE: OfficeHours = {
  timeZone: ZONE,
  weekly: parsed(parseWeeklyHours('mon-thu 08:00-15:00; fri 08:00-14:30')),
  holidays: parsed(parseHolidays('')),
};

type Step = [type: string, at: string, actor?: string];

let counter = 0;

/** A case in a village, with its events in order; status and times follow from the last event unless given. */
export function reportCase(village: string, steps: Step[], extra: Partial<ReportCase> = {}): ReportCase {
  counter += 1;
  const events = steps.map(([type, at, actor]) => ({ type, at: wib(at), actor: actor ?? (type === 'submitted' || type === 'rated' ? 'applicant' : 'staff:op1') }));
  const last = events.at(-1)?.at ?? 0;
  const district = village.split('.').slice(0, 3).join('.');
  return {
    id: `LK-T${String(counter).padStart(4, '0')}`,
    status: 'queued',
    createdAt: events[0]?.at ?? 0,
    updatedAt: last,
    statusSince: last,
    villageCode: village,
    districtCode: district,
    desk: 'village',
    deskCode: village,
    anonymized: false,
    events,
    ...extra,
  };
}
