// The shape every message catalogue follows. A catalogue is a plain object: a message is either a
// fixed string or a function of named string parameters. `CatalogShape` derives the type a second
// language must satisfy from the first, so both share exactly the same keys and parameters.

import type { Lang } from '../engine/types.js';

export type MessageParams = Readonly<Record<string, string>>;

export type Message = string | ((params: never) => string);

/** The type another language's catalogue must have: same keys, same parameters, strings out. */
export type CatalogShape<C> = {
  readonly [K in keyof C]: C[K] extends (params: infer P) => string ? (params: P) => string : string;
};

/** Catalogues of one domain in every supported language. */
export type DomainCatalogs<C> = { readonly [L in Lang]: CatalogShape<C> };

/** Fails to compile when two domains' catalogues define the same key. */
export type Disjoint<A, B> = keyof A & keyof B extends never ? A & B : never;
