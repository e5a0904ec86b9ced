// Reports: coordinators' figures (digest, REKAP, CARI, RIWAYAT, OPERATOR), in Indonesian.
export const reportsId = {
} as const;
