// The conversation's injected data: the service area's villages (loaded once) and its settings.
import type { FlowDeps } from '../flows/index.js';
import { loadServiceArea } from './area/service-area.js';
import type { Config } from './platform/config.js';

export async function buildFlowDeps(config: Config): Promise<FlowDeps> {
  const villages = await loadServiceArea(config.SERVICE_AREA);
  return {
    villages,
    settings: {
      consentVersion: config.CONSENT_VERSION,
      officeHours: config.officeHours,
      serviceAreaName: villages.regencyName,
      reminderAfterMs: config.SESSION_REMINDER_AFTER_MS,
      expireAfterMs: config.SESSION_EXPIRE_AFTER_MS,
      mediaMaxBytes: config.MEDIA_MAX_BYTES,
      deskCapitalLimit: config.DESK_CAPITAL_LIMIT,
    },
  };
}
