// Checks a submitted dossier against what the dialogue's person meant; returns the differences.
import type { Expectations } from './dialogue.js';

interface DossierView {
  lang?: string;
  kind?: string;
  identity?: { fullName?: string };
  ktpPhoto?: unknown;
  contact?: { email?: string };
  business?: { legalForm?: string; kbli?: { code: string }[]; capital?: number; workers?: number; address?: { villageName?: string; districtName?: string } };
}

export function checkExpectations(expect: Expectations, dossier: Record<string, unknown> | undefined): string[] {
  if (!dossier) return ['no dossier'];
  const d = dossier as DossierView;
  const actual: Record<keyof Expectations, unknown> = {
    legalForm: d.business?.legalForm,
    kbli: d.business?.kbli?.map((k) => k.code),
    village: d.business?.address?.villageName,
    district: d.business?.address?.districtName,
    email: d.contact?.email ?? null,
    lang: d.lang,
    name: d.identity?.fullName,
    kind: d.kind,
    ktpPhoto: d.ktpPhoto !== undefined,
    capital: d.business?.capital,
    workers: d.business?.workers,
  };
  return (Object.keys(expect) as (keyof Expectations)[])
    .filter((key) => JSON.stringify(actual[key]) !== JSON.stringify(expect[key]))
    .map((key) => `${key}: expected ${JSON.stringify(expect[key])}, got ${JSON.stringify(actual[key])}`);
}
