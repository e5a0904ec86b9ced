// Reports: coordinators' figures (digest, REKAP, CARI, RIWAYAT, OPERATOR), in English.
import type { CatalogShape } from './catalog.js';
import type { reportsId } from './reports.id.js';

export const reportsEn: CatalogShape<typeof reportsId> = {
};
