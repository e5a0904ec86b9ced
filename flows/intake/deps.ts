// What the intake needs from its host: the service area's villages and the office's settings.

import type { VillageIndex } from '../area/villages.js';
import type { OfficeHours } from '../worktime/index.js';

export interface FlowSettings {
  /** Version of the privacy notice the applicant agrees to; stored with the consent. */
  consentVersion: string;
  officeHours: OfficeHours;
  /** The service area as applicants know it, e.g. "Kabupaten Blitar". */
  serviceAreaName: string;
  /** Inactivity before the reminder. */
  reminderAfterMs: number;
  /** Inactivity (counted from the last message) before an unfinished intake is dropped. */
  expireAfterMs: number;
  /** Largest media file the host stores (the KTP photo). */
  mediaMaxBytes: number;
  /** Capital above this goes straight to DPMPTSP: the applicant is told when they give it. */
  deskCapitalLimit: number;
}

export interface FlowDeps {
  villages: VillageIndex;
  settings: FlowSettings;
}
