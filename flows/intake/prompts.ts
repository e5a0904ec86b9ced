// What the applicant is asked at each position, and the small replies shared by all handlers. A
// position may take more than one bubble (the opening, the summary): prompts are lists of bubbles.

import type { FlowInput, InputKind } from '../engine/types.js';
import type { FixedMessageKey } from '../i18n/index.js';
import type { IntakeContext } from './context.js';
import { describeOfficeHours } from './hours.js';
import type { Position } from './ids.js';
import type { Session } from './session.js';
import { STEPS } from './steps/index.js';
import { renderSummary } from './summary.js';

/** Three short bubbles: what Loket is (free), what to prepare, and the consent question. */
export function opening(ctx: IntakeContext): string[] {
  const { officeHours, serviceAreaName } = ctx.deps.settings;
  return [
    ctx.t('openingWelcome', { area: serviceAreaName }),
    ctx.t('openingPrepare', { hours: describeOfficeHours(officeHours, ctx) }),
    ctx.t('openingConsent'),
  ];
}

/** The question at a position, in full (the opening for consent). */
export function promptAt(at: Position, s: Session, ctx: IntakeContext): string[] {
  if (at === 'consent') return opening(ctx);
  if (at === 'summary') return renderSummary(s.answers, ctx);
  return [STEPS[at].prompt(s.answers, ctx)];
}

/** The question to repeat after a side remark: short for consent, whose full text is long. */
export function currentPrompt(s: Session, ctx: IntakeContext): string[] {
  if (s.mode === 'submitting') return [ctx.t('submitting')];
  if (s.mode === 'idle') return [ctx.t('idle')];
  return s.at === 'consent' ? [ctx.t('consentAsk')] : promptAt(s.at, s, ctx);
}

export function helpAt(s: Session, ctx: IntakeContext): string {
  if (s.mode !== 'intake') return ctx.t('helpGeneral');
  const specific = s.at === 'consent' ? ctx.t('helpConsent') : s.at === 'summary' ? ctx.t('helpSummary') : STEPS[s.at].help(s.answers, ctx);
  return `${specific}\n\n${ctx.t('helpGeneral')}`;
}

const KIND_REPLIES: Readonly<Record<Exclude<InputKind, 'text'>, FixedMessageKey>> = {
  audio: 'mediaAudio',
  video: 'mediaVideo',
  sticker: 'mediaSticker',
  location: 'mediaLocation',
  contact: 'mediaContact',
  image: 'mediaImage',
  document: 'mediaImage',
  other: 'mediaOther',
};

/** A kind word for input the current question cannot use, and what to send instead. */
export function unexpectedInput(input: FlowInput, ctx: IntakeContext): string {
  const remark = input.kind === 'text' ? ctx.t('mediaOther') : ctx.t(KIND_REPLIES[input.kind]);
  return `${remark} ${ctx.t('mediaExpectText')}`;
}
