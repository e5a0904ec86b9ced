// Which desk files a case. Village and kecamatan counters handle the simple ones; DPMPTSP takes
// what is beyond them (larger capital, a company, many activities, changes to an existing NIB) and
// whatever no lower desk is staffed for.

export type DeskLevel = 'village' | 'district' | 'regency';

export interface Desk {
  level: DeskLevel;
  /** The Kemendagri code the desk serves: a village, a kecamatan, or the whole regency. */
  code: string;
}

/** Why a case goes straight to DPMPTSP. */
export type DpmptspReason = 'capital' | 'legal_form' | 'many_kbli' | 'amendment';

/** What routing needs from a dossier. */
export interface RoutingFacts {
  kind: 'new' | 'amendment';
  capital: number;
  legalForm: string;
  kbliCount: number;
  villageCode: string;
  districtCode: string;
  regencyCode: string;
}

export interface DeskRules {
  /** Capital above this (rupiah) is beyond the lower desks. */
  capitalLimit: number;
  /** More KBLI codes than this is beyond the lower desks. */
  maxKbliAtLowerDesks: number;
}

export interface Routing {
  desk: Desk;
  reasons: DpmptspReason[];
}

const INDIVIDUAL_FORMS: ReadonlySet<string> = new Set(['perseorangan', 'ud']);

export function dpmptspReasons(facts: RoutingFacts, rules: DeskRules): DpmptspReason[] {
  const reasons: DpmptspReason[] = [];
  if (facts.capital > rules.capitalLimit) reasons.push('capital');
  // UD registers in OSS as an individual business: the lower desks file it like any individual.
  if (!INDIVIDUAL_FORMS.has(facts.legalForm)) reasons.push('legal_form');
  if (facts.kbliCount > rules.maxKbliAtLowerDesks) reasons.push('many_kbli');
  if (facts.kind === 'amendment') reasons.push('amendment');
  return reasons;
}

/** The village desk when it has an active operator, else the kecamatan's, else DPMPTSP. */
export function chooseDesk(facts: RoutingFacts, rules: DeskRules, staffed: (code: string) => boolean): Routing {
  const reasons = dpmptspReasons(facts, rules);
  const regency: Desk = { level: 'regency', code: facts.regencyCode };
  if (reasons.length > 0) return { desk: regency, reasons };
  if (staffed(facts.villageCode)) return { desk: { level: 'village', code: facts.villageCode }, reasons };
  if (staffed(facts.districtCode)) return { desk: { level: 'district', code: facts.districtCode }, reasons };
  return { desk: regency, reasons };
}

/** An area covers a desk when it is the desk's own code or a larger area containing it. */
export function areaCovers(area: string, deskCode: string): boolean {
  return deskCode === area || deskCode.startsWith(`${area}.`);
}

/** Reads routing facts out of a stored dossier; undefined when it lacks what routing needs. */
export function routingFactsOf(dossier: Record<string, unknown>): RoutingFacts | undefined {
  const business = dossier.business as Record<string, unknown> | undefined;
  const address = business?.address as Record<string, unknown> | undefined;
  if (!business || !address) return undefined;
  const { villageCode, districtCode, regencyCode } = address;
  if (typeof villageCode !== 'string' || typeof districtCode !== 'string' || typeof regencyCode !== 'string') return undefined;
  return {
    kind: dossier.kind === 'amendment' ? 'amendment' : 'new',
    capital: typeof business.capital === 'number' ? business.capital : 0,
    legalForm: typeof business.legalForm === 'string' ? business.legalForm : 'perseorangan',
    kbliCount: Array.isArray(business.kbli) ? business.kbli.length : 0,
    villageCode,
    districtCode,
    regencyCode,
  };
}
