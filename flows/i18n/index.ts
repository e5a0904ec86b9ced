// All message catalogues, merged per language, and `render` to read one message. A new domain adds
// its own `<domain>.id.ts` + `<domain>.en.ts` and one line per language below; `Disjoint` stops
// two domains from claiming the same key.

import type { Lang } from '../engine/types.js';
import type { CatalogShape, Disjoint } from './catalog.js';
import { caseworkEn } from './casework.en.js';
import { caseworkId } from './casework.id.js';
import { commonEn } from './common.en.js';
import { commonId } from './common.id.js';
import { intakeEn } from './intake.en.js';
import { intakeId } from './intake.id.js';
import { coordinationEn } from './coordination.en.js';
import { coordinationId } from './coordination.id.js';
import { reportsEn } from './reports.en.js';
import { reportsId } from './reports.id.js';

type Messages = CatalogShape<
  Disjoint<Disjoint<Disjoint<Disjoint<typeof commonId, typeof intakeId>, typeof caseworkId>, typeof reportsId>, typeof coordinationId>
>;

export const catalogs: { readonly [L in Lang]: Messages } = {
  id: { ...commonId, ...intakeId, ...caseworkId, ...reportsId, ...coordinationId },
  en: { ...commonEn, ...intakeEn, ...caseworkEn, ...reportsEn, ...coordinationEn },
};

export type MessageKey = keyof Messages;

/** The parameters a message takes; [] for a fixed string. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (params: infer P) => string ? [params: P] : [];

/** Keys of fixed messages (no parameters): safe to pick from a table. */
export type FixedMessageKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];

export function render<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  const entry = catalogs[lang][key];
  return typeof entry === 'function' ? entry(args[0]) : entry;
}

/** `render` bound to one language: what steps receive to word their questions. */
export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

export function translator(lang: Lang): Translate {
  return (key, ...args) => render(lang, key, ...args);
}

export type { CatalogShape, DomainCatalogs, Disjoint, MessageParams } from './catalog.js';
