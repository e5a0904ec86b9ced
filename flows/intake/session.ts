// The per-chat session: a small, versioned, JSON-serialisable snapshot, parsed with zod on every load.
// mode: intake (questions in progress), submitting (waiting for the host to create the case), idle
// (nothing in progress; earlier case ids are kept for the applicant's reference).

import { z } from 'zod';
import { answersSchema } from './answers.js';
import { POSITIONS, STEP_IDS } from './ids.js';

export const SESSION_VERSION = 1;

export const sessionSchema = z.object({
  v: z.literal(SESSION_VERSION),
  lang: z.enum(['id', 'en']),
  mode: z.enum(['intake', 'submitting', 'idle']),
  at: z.enum(POSITIONS),
  history: z.array(z.enum(POSITIONS)),
  /** Wrong answers in a row at the current position. */
  attempts: z.number().int().nonnegative(),
  /** The step being changed from the summary (UBAH), or null. */
  editing: z.enum(STEP_IDS).nullable(),
  /** A question outside the form awaiting its answer: the menu, or a yes/no confirmation. */
  pending: z.enum(['menu', 'cancel', 'erase']).nullable(),
  consent: z.object({ version: z.string(), at: z.number() }).nullable(),
  answers: answersSchema,
  cases: z.array(z.string()),
  timer: z.object({ token: z.string(), phase: z.enum(['reminder', 'expiry']) }).nullable(),
  lastActivity: z.number(),
});

export type Session = z.infer<typeof sessionSchema>;

export function newSession(now: number): Session {
  return {
    v: SESSION_VERSION,
    lang: 'id',
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
  };
}
