// Loket's pure conversation engine: the API the host (bot/, workers/) calls. No I/O here.

export { resume, INACTIVITY_TIMER } from './intake/conversation.js';
export { sessionSchema, type Session } from './intake/session.js';
export type { FlowDeps, FlowSettings } from './intake/deps.js';
export type { Dossier, DossierKbli } from './intake/dossier.js';
export { render, type MessageKey, type MessageArgs } from './i18n/index.js';
export type { Effect, FlowInput, Lang, Reply, ResumeResult, Trigger } from './engine/types.js';
