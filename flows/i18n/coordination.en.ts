// Coordination: the coordinators' actions (TUGASKAN, NAIKKAN, NONAKTIF, OSS, SIARAN) and the operators' DIAJUKAN, in English.
import type { CatalogShape } from './catalog.js';
import type { coordinationId } from './coordination.id.js';

export const coordinationEn: CatalogShape<typeof coordinationId> = {
  coUsage: (p) => `That command is incomplete. For example: ${p.usage}`,
  coNotCoordinator: 'Sorry, that command is only for coordinators registered with Loket.',
};
