// The per-chat session: a small, versioned, JSON-serialisable snapshot, parsed with zod on every load.
// mode: intake (questions in progress), submitting (waiting for the host to create the case), idle
// (nothing in progress; earlier case ids are kept for the applicant's reference). A session saved by
// an earlier version is carried forward, so an upgrade never makes an applicant start again.

import { z } from 'zod';
import { answersSchema } from './answers.js';
import { POSITIONS, RETIRED_POSITIONS, STEP_IDS } from './ids.js';

export const SESSION_VERSION = 2;

/** How many of the applicant's last messages a help request shows the operator. */
export const RECENT_KEPT = 4;

const current = z.object({
  v: z.literal(SESSION_VERSION),
  lang: z.enum(['id', 'en']),
  /** True once the applicant chose the language (BAHASA, "in English"): no more guessing. */
  langChosen: z.boolean(),
  mode: z.enum(['intake', 'submitting', 'idle']),
  at: z.enum(POSITIONS),
  history: z.array(z.enum(POSITIONS)),
  /** Wrong answers in a row at the current position. */
  attempts: z.number().int().nonnegative(),
  /** The step being changed from the summary (UBAH), or null. */
  editing: z.enum(STEP_IDS).nullable(),
  /** A question outside the form awaiting its answer: the menu, a yes/no confirmation, a complaint's text. */
  pending: z.enum(['menu', 'cancel', 'erase', 'complaint', 'announcements']).nullable(),
  consent: z.object({ version: z.string(), at: z.number() }).nullable(),
  answers: answersSchema,
  cases: z.array(z.string()),
  timer: z.object({ token: z.string(), phase: z.enum(['reminder', 'expiry']) }).nullable(),
  lastActivity: z.number(),
  /** The applicant's last few texts (sealed with the session), for a help request. */
  recent: z.array(z.string()),
  /** An open help request: its reference, and when it was raised. */
  help: z.object({ ref: z.string(), at: z.number() }).nullable(),
  /** The answer to "may we send you announcements?" (asked once, after the first case); absent until answered. */
  announcements: z.enum(['agreed', 'declined']).optional(),
});

/** Version 1 had no language choice, help or recent texts, and two positions since retired. */
function upgrade(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) return raw;
  const old = raw as Record<string, unknown> & { at?: string; history?: string[]; answers?: Record<string, unknown> };
  const position = (p: string | undefined): string | undefined => (p === undefined ? p : (RETIRED_POSITIONS[p] ?? p));
  const { nikConfirmed: _confirmed, offeredPhone, capitalConfirmed: _capital, ...answers } = old.answers ?? {};
  return {
    ...old,
    v: SESSION_VERSION,
    langChosen: false,
    at: position(old.at),
    history: (old.history ?? []).map(position),
    answers: typeof offeredPhone === 'string' ? { ...answers, chatPhone: offeredPhone } : answers,
    recent: [],
    help: null,
  };
}

export const sessionSchema = z.preprocess(upgrade, current);

export type Session = z.infer<typeof current>;

export function newSession(now: number): Session {
  return {
    v: SESSION_VERSION,
    lang: 'id',
    langChosen: false,
    mode: 'intake',
    at: 'consent',
    history: [],
    attempts: 0,
    editing: null,
    pending: null,
    consent: null,
    answers: {},
    cases: [],
    timer: null,
    lastActivity: now,
    recent: [],
    help: null,
  };
}
