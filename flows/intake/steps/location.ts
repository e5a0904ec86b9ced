// Where the business is: at the KTP address (whose village was read from it, so it is confirmed in
// the same question, not asked) or elsewhere (that address names its village too). Only when neither
// address names a village of the service area is the village asked; a name found in several
// kecamatan asks which one, and a list is answered by number or by name. The postal code is left to
// the operator unless the applicant changes it from the summary.

import { SUMMARY, type Parsed, type Target } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import type { Village, VillageMatch } from '../../area/villages.js';
import type { ChoiceOption } from '../../understand/choice.js';
import { isUnknownAnswer } from '../../validators/answers.js';
import { parsePostalCode } from '../../validators/postal.js';
import { without, type Answers } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import type { StepId } from '../ids.js';
import { askYesNoAgain, choose, fail, freeText, isOnlyNumbers, numbered, ok, step, yesNo, yesNoNumbered } from './define.js';

const VILLAGE_WORK_FIELDS = ['villageQuery', 'villageOptions', 'villageListKind', 'districtOptions'] as const;

/** Records what a search found: the village itself, or the list the next question offers. */
function storeMatch(a: Answers, query: string, match: VillageMatch, ctx: IntakeContext): Answers {
  // The list question names the village ("beberapa desa bernama Sidomulyo"), not the whole address typed.
  const named = match.kind === 'ambiguous' ? (match.candidates[0]?.name ?? query) : query;
  const base = { ...without(a, 'villageCode', ...VILLAGE_WORK_FIELDS), villageQuery: named };
  if (match.kind === 'unique') return { ...without(base, 'villageQuery'), villageCode: match.village.code };
  if (match.kind === 'none') return { ...base, villageOptions: codes(match.suggestions), villageListKind: 'suggestions' };
  const districts = ctx.deps.villages.districtsOf(match.candidates);
  // All in one kecamatan (a desa and a kelurahan of the same name): choosing the kecamatan would not help.
  if (districts.length === 1) return { ...base, villageOptions: codes(match.candidates), villageListKind: 'same_district' };
  return { ...base, villageOptions: codes(match.candidates), districtOptions: districts.map((d) => d.code) };
}

function codes(villages: readonly Village[]): string[] {
  return villages.map((v) => v.code);
}

/** After a search or a pick: the found village leads on, a list leads to its question. */
function nextAfterVillage(a: Answers): Target<StepId> {
  if (a.villageCode !== undefined) return SUMMARY;
  if (a.districtOptions !== undefined) return 'village_district';
  return a.villageOptions !== undefined ? 'village_pick' : 'village';
}

function villageFoundNote(a: Answers, ctx: IntakeContext): string | undefined {
  const village = a.villageCode === undefined ? undefined : ctx.deps.villages.byCode(a.villageCode);
  return village && ctx.t('villageFound', { village: village.name, district: village.districtName });
}

function homeVillage(a: Answers, ctx: IntakeContext): Village | undefined {
  return a.homeVillageCode === undefined ? undefined : ctx.deps.villages.byCode(a.homeVillageCode);
}

function askSameAddress(a: Answers, ctx: IntakeContext): string {
  const home = homeVillage(a, ctx);
  return home ? ctx.t('askSameAddressVillage', { village: home.name, district: home.districtName }) : ctx.t('askSameAddress');
}

const SAME_ADDRESS_SAYS = {
  yes: [
    'sama', 'iya sama', 'di rumah', 'dirumah', 'rumah', 'rumah sendiri', 'sama dengan ktp', 'alamat ktp', 'sama persis', 'same', 'at home',
    'home', 'podo', 'sami', 'griya', 'wonten griya', 'ten griya', 'dalem', 'omah', 'nang omah', 'neng omah', 'ning omah',
  ],
  no: [
    'beda', 'berbeda', 'lain', 'tempat lain', 'alamat lain', 'beda alamat', 'different', 'elsewhere', 'di pasar', 'pasar', 'kios', 'ruko',
    'sewa', 'benten', 'bedo', 'beda sama', 'beda dengan', 'lain dengan', 'bukan di rumah', 'tidak di rumah', 'sanes',
    ...['mertua', 'orang tua', 'ortu', 'orangtua', 'saudara', 'anak', 'teman', 'tetangga', 'kakak', 'adik', 'simbah', 'mbah', 'bapak', 'ibu']
      .flatMap((whose) => [`rumah ${whose}`, `di rumah ${whose}`]),
  ],
} as const;

/** The KTP's village goes with "same address": found, one of several, or (outside the area) none. */
function storeSameAddress(a: Answers, same: boolean, ctx: IntakeContext): Answers {
  // Elsewhere: a village that came from the KTP address does not hold for the business.
  if (!same) return a.villageCode !== undefined && a.villageCode === a.homeVillageCode ? { ...without(a, 'villageCode'), sameAddress: false } : { ...a, sameAddress: false };
  const base = { ...without(a, 'businessAddress'), sameAddress: true };
  if (a.homeVillageCode !== undefined) return { ...without(base, ...VILLAGE_WORK_FIELDS), villageCode: a.homeVillageCode };
  const options = (a.homeVillageOptions ?? []).map((code) => ctx.deps.villages.byCode(code)).filter((v) => v !== undefined);
  if (options.length === 0) return base;
  return storeMatch(base, options[0]?.name ?? '', { kind: 'ambiguous', candidates: options }, ctx);
}

/**
 * A changed KTP address (UBAH from the summary) when the business is at home: the village follows
 * the new address, found again or asked again, never the old one kept.
 */
export function followHomeVillage(a: Answers, ctx: IntakeContext): Answers {
  return a.sameAddress === true ? storeSameAddress(without(a, 'villageCode', ...VILLAGE_WORK_FIELDS), true, ctx) : a;
}

export const sameAddress = step({
  id: 'same_address',
  absorbs: ['village'],
  prompt: askSameAddress,
  help: (_a, { t }) => t('helpSameAddress'),
  parse: yesNo(SAME_ADDRESS_SAYS),
  reprompt: (_r, a, ctx) => askYesNoAgain(askSameAddress(a, ctx), ctx),
  rescue: (a, ctx) => yesNoNumbered(askSameAddress(a, ctx), ctx),
  store: storeSameAddress,
  next: (a) => (a.sameAddress ? nextAfterVillage(a) : 'business_address'),
  note: (a, same, ctx) => (same && a.homeVillageCode === undefined ? villageFoundNote(a, ctx) : undefined),
});

/** The business address usually names its village too; an earlier answer stands when it does not. */
function storeBusinessAddress(a: Answers, address: string, ctx: IntakeContext): Answers {
  const base = { ...a, businessAddress: address };
  const match = ctx.deps.villages.findInAddress(address);
  return match === undefined || match.kind === 'none' ? base : storeMatch(base, address, match, ctx);
}

export const businessAddress = step({
  id: 'business_address',
  followUp: true,
  absorbs: 'all',
  prompt: (_a, { t }) => t('askBusinessAddress'),
  help: (_a, { t }) => t('helpBusinessAddress'),
  parse: (input) => freeText(input, 8, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badAddress')),
  rescue: (_a, { t }) => t('rescueAddress'),
  store: storeBusinessAddress,
  next: nextAfterVillage,
  note: (a, _address, ctx) => villageFoundNote(a, ctx),
});

function searchVillage(input: FlowInput, ctx: IntakeContext): Parsed<{ query: string; match: VillageMatch }, 'not_found' | 'too_short'> {
  const query = freeText(input, 2, 100);
  if (!query.ok) return fail('too_short');
  const match = ctx.deps.villages.search(query.value);
  if (match.kind === 'none' && match.suggestions.length === 0) return fail('not_found');
  return ok({ query: query.value, match });
}

function villageReprompt(reason: 'not_found' | 'too_short', a: Answers, ctx: IntakeContext): string {
  if (reason === 'not_found') return ctx.t('villageNoneEmpty', { area: ctx.deps.villages.regencyName });
  return askVillage(a, ctx);
}

function askVillage(_a: Answers, ctx: IntakeContext): string {
  return ctx.t('askVillage', { regency: ctx.deps.villages.regencyName });
}

export const village = step({
  id: 'village',
  absorbs: 'all',
  prompt: askVillage,
  help: (_a, { t }) => t('helpVillage'),
  parse: (input, _a, ctx) => searchVillage(input, ctx),
  reprompt: villageReprompt,
  rescue: (_a, ctx) => ctx.t('rescueVillage', { regency: ctx.deps.villages.regencyName }),
  store: (a, found, ctx) => storeMatch(a, found.query, found.match, ctx),
  next: nextAfterVillage,
  answered: (a) => a.villageCode !== undefined,
  note: (a, _found, ctx) => villageFoundNote(a, ctx),
});

function districtNames(a: Answers, ctx: IntakeContext): string[] {
  return (a.districtOptions ?? []).map((code) => ctx.deps.villages.districtByCode(code)?.name ?? code);
}

function districtList(a: Answers, ctx: IntakeContext): string {
  return numbered(districtNames(a, ctx), (district, n) => ctx.t('districtOption', { n, district }));
}

function askDistrict(a: Answers, ctx: IntakeContext): string {
  return ctx.t('villageAmbiguous', { name: a.villageQuery ?? '', list: districtList(a, ctx) });
}

function parseDistrictPick(input: FlowInput, a: Answers, ctx: IntakeContext): Parsed<string, 'not_a_choice'> {
  const options: ChoiceOption[] = districtNames(a, ctx).map((name) => ({ names: [name] }));
  const code = choose(textOf(input), a.districtOptions ?? [], options);
  return code === undefined ? fail('not_a_choice') : ok(code);
}

/** Narrows the candidates to one kecamatan; a desa and a kelurahan may share a name there too. */
function storeDistrict(a: Answers, districtCode: string, ctx: IntakeContext): Answers {
  const inDistrict = (a.villageOptions ?? []).filter((code) => ctx.deps.villages.byCode(code)?.districtCode === districtCode);
  const base = without(a, 'districtOptions', 'villageListKind');
  const only = inDistrict.length === 1 ? inDistrict[0] : undefined;
  if (only !== undefined) return { ...without(base, ...VILLAGE_WORK_FIELDS), villageCode: only };
  return { ...base, villageOptions: inDistrict, villageListKind: 'same_district' };
}

export const villageDistrict = step({
  id: 'village_district',
  followUp: true,
  absorbs: 'all',
  prompt: askDistrict,
  help: (_a, { t }) => t('helpVillage'),
  parse: parseDistrictPick,
  reprompt: (_r, a, ctx) => `${ctx.t('badVillagePick', { max: String(a.districtOptions?.length ?? 0) })}\n${askDistrict(a, ctx)}`,
  rescue: (a, ctx) => `${askDistrict(a, ctx)}\n${ctx.t('rescueNumber')}`,
  store: storeDistrict,
  next: nextAfterVillage,
  note: (a, _found, ctx) => villageFoundNote(a, ctx),
});

function listedVillages(a: Answers, ctx: IntakeContext): Village[] {
  return (a.villageOptions ?? []).map((code) => ctx.deps.villages.byCode(code)).filter((v) => v !== undefined);
}

function villageList(a: Answers, ctx: IntakeContext): string {
  return numbered(listedVillages(a, ctx), (v, n) => ctx.t('villageOption', { n, village: v.name, district: v.districtName }));
}

function askVillagePick(a: Answers, ctx: IntakeContext): string {
  const list = villageList(a, ctx);
  return a.villageListKind === 'same_district' ? ctx.t('villageSameDistrict', { list }) : ctx.t('villageNone', { list });
}

type VillagePick = { kind: 'code'; code: string } | { kind: 'search'; query: string; match: VillageMatch };

function parseVillagePick(input: FlowInput, a: Answers, ctx: IntakeContext): Parsed<VillagePick, 'not_a_choice' | 'not_found'> {
  const text = textOf(input);
  const listed = listedVillages(a, ctx);
  const options: ChoiceOption[] = listed.map((v) => ({ names: [v.name, `${v.name} ${v.districtName}`] }));
  const code = choose(text, listed.map((v) => v.code), options);
  if (code !== undefined) return ok({ kind: 'code', code });
  if (isOnlyNumbers(text)) return fail('not_a_choice');
  const found = searchVillage(input, ctx);
  return found.ok ? ok({ kind: 'search', ...found.value }) : fail(found.reason === 'not_found' ? 'not_found' : 'not_a_choice');
}

function storeVillagePick(a: Answers, pick: VillagePick, ctx: IntakeContext): Answers {
  if (pick.kind === 'search') return storeMatch(a, pick.query, pick.match, ctx);
  return { ...without(a, ...VILLAGE_WORK_FIELDS), villageCode: pick.code };
}

function villagePickReprompt(reason: 'not_a_choice' | 'not_found', a: Answers, ctx: IntakeContext): string {
  if (reason === 'not_found') return ctx.t('villageNoneEmpty', { area: ctx.deps.villages.regencyName });
  return `${ctx.t('badVillagePick', { max: String(a.villageOptions?.length ?? 0) })}\n${askVillagePick(a, ctx)}`;
}

export const villagePick = step({
  id: 'village_pick',
  followUp: true,
  absorbs: 'all',
  prompt: askVillagePick,
  help: (_a, { t }) => t('helpVillage'),
  parse: parseVillagePick,
  reprompt: villagePickReprompt,
  rescue: (a, ctx) => `${askVillagePick(a, ctx)}\n${ctx.t('rescueNumber')}`,
  store: storeVillagePick,
  next: nextAfterVillage,
  note: (a, _found, ctx) => villageFoundNote(a, ctx),
});

function parsePostal(input: FlowInput): Parsed<string | null, 'bad_postal_code'> {
  const text = textOf(input);
  if (isUnknownAnswer(text)) return ok(null);
  const parsed = parsePostalCode(text);
  return parsed.ok ? parsed : fail('bad_postal_code');
}

export const postalCode = step({
  id: 'postal_code',
  prompt: (_a, { t }) => t('askPostalCode'),
  help: (_a, { t }) => t('helpPostalCode'),
  parse: parsePostal,
  reprompt: (_r, _a, { t }) => t('badPostalCode'),
  rescue: (_a, { t }) => t('rescuePostalCode'),
  store: (a, code) => ({ ...a, postalCode: code }),
  next: () => SUMMARY,
});
