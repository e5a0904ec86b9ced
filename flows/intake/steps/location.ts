// Where the business is: same address as the KTP or another one, the desa/kelurahan in the service
// area chosen by name (ambiguous names → pick the kecamatan; unknown names → pick a suggestion or
// type again), and the postal code.

import type { Parsed } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import type { Village, VillageMatch } from '../../area/villages.js';
import { isUnknownAnswer } from '../../validators/answers.js';
import { parsePostalCode } from '../../validators/postal.js';
import { without, type Answers } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import type { StepId } from '../ids.js';
import { askYesNoAgain, fail, freeText, looksLikeChoice, numbered, ok, parseChoice, parseYesNo, step } from './define.js';

const VILLAGE_WORK_FIELDS = ['villageQuery', 'villageOptions', 'villageListKind', 'districtOptions'] as const;

export const sameAddress = step({
  id: 'same_address',
  prompt: (_a, { t }) => t('askSameAddress'),
  help: (_a, { t }) => t('helpSameAddress'),
  parse: parseYesNo,
  reprompt: (_r, _a, ctx) => askYesNoAgain(ctx.t('askSameAddress'), ctx),
  store: (a, same) => (same ? { ...without(a, 'businessAddress'), sameAddress: true } : { ...a, sameAddress: false }),
  next: (a) => (a.sameAddress ? 'village' : 'business_address'),
});

export const businessAddress = step({
  id: 'business_address',
  followUp: true,
  prompt: (_a, { t }) => t('askBusinessAddress'),
  help: (_a, { t }) => t('helpBusinessAddress'),
  parse: (input) => freeText(input, 8, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badAddress')),
  store: (a, address) => ({ ...a, businessAddress: address }),
  next: () => 'village',
});

/** Records what a search found: the village itself, or the list the next question offers. */
function storeMatch(a: Answers, query: string, match: VillageMatch, ctx: IntakeContext): Answers {
  const base = { ...without(a, 'villageCode', ...VILLAGE_WORK_FIELDS), villageQuery: query };
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
function nextAfterVillage(a: Answers): StepId {
  if (a.villageCode !== undefined) return 'postal_code';
  return a.districtOptions !== undefined ? 'village_district' : 'village_pick';
}

function villageFoundNote(a: Answers, ctx: IntakeContext): string | undefined {
  const village = a.villageCode === undefined ? undefined : ctx.deps.villages.byCode(a.villageCode);
  return village && ctx.t('villageFound', { village: village.name, district: village.districtName });
}

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
  prompt: askVillage,
  help: (_a, { t }) => t('helpVillage'),
  parse: (input, _a, ctx) => searchVillage(input, ctx),
  reprompt: villageReprompt,
  store: (a, found, ctx) => storeMatch(a, found.query, found.match, ctx),
  next: nextAfterVillage,
  note: (a, _found, ctx) => villageFoundNote(a, ctx),
});

function districtList(a: Answers, ctx: IntakeContext): string {
  const names = (a.districtOptions ?? []).map((code) => ctx.deps.villages.districtByCode(code)?.name ?? code);
  return numbered(names, (district, n) => ctx.t('districtOption', { n, district }));
}

function askDistrict(a: Answers, ctx: IntakeContext): string {
  return ctx.t('villageAmbiguous', { name: a.villageQuery ?? '', list: districtList(a, ctx) });
}

function parseDistrictPick(input: FlowInput, a: Answers): Parsed<string, 'not_a_choice'> {
  const options = a.districtOptions ?? [];
  const n = parseChoice(textOf(input), options.length);
  const code = n === undefined ? undefined : options[n - 1];
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
  prompt: askDistrict,
  help: (_a, { t }) => t('helpVillage'),
  parse: parseDistrictPick,
  reprompt: (_r, a, ctx) => `${ctx.t('badVillagePick', { max: String(a.districtOptions?.length ?? 0) })}\n${askDistrict(a, ctx)}`,
  store: storeDistrict,
  next: nextAfterVillage,
  note: (a, _found, ctx) => villageFoundNote(a, ctx),
});

function villageList(a: Answers, ctx: IntakeContext): string {
  const villages = (a.villageOptions ?? []).map((code) => ctx.deps.villages.byCode(code)).filter((v) => v !== undefined);
  return numbered(villages, (v, n) => ctx.t('villageOption', { n, village: v.name, district: v.districtName }));
}

function askVillagePick(a: Answers, ctx: IntakeContext): string {
  const list = villageList(a, ctx);
  return a.villageListKind === 'same_district' ? ctx.t('villageSameDistrict', { list }) : ctx.t('villageNone', { list });
}

type VillagePick = { kind: 'code'; code: string } | { kind: 'search'; query: string; match: VillageMatch };

function parseVillagePick(input: FlowInput, a: Answers, ctx: IntakeContext): Parsed<VillagePick, 'not_a_choice' | 'not_found'> {
  const text = textOf(input);
  const options = a.villageOptions ?? [];
  const n = parseChoice(text, options.length);
  const code = n === undefined ? undefined : options[n - 1];
  if (code !== undefined) return ok({ kind: 'code', code });
  if (looksLikeChoice(text)) return fail('not_a_choice');
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
  prompt: askVillagePick,
  help: (_a, { t }) => t('helpVillage'),
  parse: parseVillagePick,
  reprompt: villagePickReprompt,
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
  store: (a, code) => ({ ...a, postalCode: code }),
  next: () => 'legal_form',
});
