// Coordination: the coordinators' actions (TUGASKAN, NAIKKAN, NONAKTIF, OSS, SIARAN) and the operators' DIAJUKAN, in Indonesian.
export const coordinationId = {
  coUsage: (p: { usage: string }) => `Perintah kurang lengkap. Contoh: ${p.usage}`,
  coNotCoordinator: 'Maaf, perintah itu hanya untuk koordinator yang terdaftar di Loket.',
} as const;
