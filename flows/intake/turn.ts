// A turn's result while it is being built: the next session (null: delete it), replies and effects.
// Small constructors keep the handlers short.

import type { Effect } from '../engine/types.js';
import type { Session } from './session.js';

export interface Turn {
  session: Session | null;
  replies: string[];
  effects: Effect[];
}

export function say(session: Session | null, ...replies: string[]): Turn {
  return { session, replies, effects: [] };
}

export function withEffect(turn: Turn, effect: Effect): Turn {
  return { ...turn, effects: [...turn.effects, effect] };
}

/** Ends the intake in progress: the session goes unless earlier cases are worth remembering. */
export function dropIntake(s: Session, ...replies: string[]): Turn {
  if (s.cases.length === 0) return say(null, ...replies);
  return say({ ...s, mode: 'idle', at: 'consent', history: [], attempts: 0, editing: null, pending: null, answers: {}, timer: null, recent: [] }, ...replies);
}
