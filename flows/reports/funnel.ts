// The intake funnel: how many applicants reached each question, and where those who never submitted
// left. The host compares the session before and after each turn; this says what that turn means.
import { POSITIONS, type Position } from '../intake/ids.js';
import type { Session } from '../intake/session.js';

/** The funnel's stages: every position of the intake, then the submission. */
export const FUNNEL_STAGES = [...POSITIONS, 'submitted'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelMove {
  /** A new intake began in this turn: what the last one reached is forgotten. */
  restart: boolean;
  /** Stages the intake stood at in this turn (counted once per intake by the store). */
  reached: FunnelStage[];
  /** The intake ended without a submission while at this position. */
  left?: Position;
}

function inIntake(s: Session | null | undefined): s is Session {
  return s !== undefined && s !== null && s.mode === 'intake';
}

/** Positions passed through: the history the form keeps, and where it stands. */
function stoodAt(s: Session): Position[] {
  return [...s.history, s.at];
}

/** What a turn from `before` to `after` did to the funnel; undefined when nothing. */
export function funnelMove(before: Session | undefined, after: Session | null): FunnelMove | undefined {
  const wasIn = inIntake(before);
  const submitted = wasIn && after !== null && after.mode !== 'intake' && after.cases.length > before.cases.length;
  if (submitted) return { restart: false, reached: ['submitted'] };
  if (wasIn && !inIntake(after)) return { restart: false, reached: [], left: before.at };
  if (!inIntake(after)) return undefined;
  if (!wasIn) return { restart: true, reached: stoodAt(after) };
  const seen = new Set(stoodAt(before));
  const reached = stoodAt(after).filter((p) => !seen.has(p));
  return reached.length > 0 ? { restart: false, reached } : undefined;
}

export interface FunnelRow {
  stage: FunnelStage;
  reached: number;
  left: number;
}

/** The stored counters ('reached:<stage>', 'left:<stage>') as rows in the intake's order. */
export function funnelRows(counters: Readonly<Record<string, string>>): FunnelRow[] {
  const count = (key: string): number => Number(counters[key] ?? 0) || 0;
  return FUNNEL_STAGES.map((stage) => ({ stage, reached: count(`reached:${stage}`), left: count(`left:${stage}`) }));
}
