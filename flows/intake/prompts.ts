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

/**
 * What arrived, in the applicant's words. A file sent as a document may be a recording or a video
 * (the host stores neither): it is named by its type, so a voice note is always a "pesan suara".
 */
function receivedRemark(input: FlowInput): FixedMessageKey {
  const type = input.media?.mimetype.toLowerCase() ?? '';
  if (input.kind === 'audio' || type.startsWith('audio/')) return 'mediaAudio';
  if (input.kind === 'video' || type.startsWith('video/')) return 'mediaVideo';
  return input.kind === 'text' ? 'mediaOther' : KIND_REPLIES[input.kind];
}

/** A kind word for input the current question cannot use, and what to send instead (a photo, where one is asked). */
export function unexpectedInput(input: FlowInput, ctx: IntakeContext, photoAsked = false): string {
  return `${ctx.t(receivedRemark(input))} ${ctx.t(photoAsked ? 'mediaExpectPhoto' : 'mediaExpectText')}`;
}

/** What arrived, named, when nothing could be done with it (before the welcome, after submission). */
export function receivedNote(input: FlowInput, ctx: IntakeContext): string {
  return `${ctx.t(receivedRemark(input))} ${ctx.t('mediaExpectText')}`;
}
