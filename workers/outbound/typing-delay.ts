// The natural delay before a conversation reply: a person reads, then types. Only the chat waits:
// delays of different chats run side by side, and none of them holds the number's send tokens.

export interface TypingSettings {
  /** Before the first message of a burst in a chat ("reading"): uniform between half and 1.5× this. */
  readMs: number;
  /** Before each further message in the same burst: uniform between 0.6× and 1.4× this. */
  gapMs: number;
  /** Typing time: base + per character, capped, then ±20 %. The typing indicator shows meanwhile. */
  typingBaseMs: number;
  typingPerCharMs: number;
  typingMaxMs: number;
}

export const NO_DELAY: TypingSettings = { readMs: 0, gapMs: 0, typingBaseMs: 0, typingPerCharMs: 0, typingMaxMs: 0 };

export function hasDelays(settings: TypingSettings): boolean {
  return settings.readMs + settings.gapMs + settings.typingBaseMs + settings.typingPerCharMs > 0;
}

/** Waiting before the typing indicator: reading (first of a burst) or the pause between parts. */
export function pauseBeforeMs(settings: TypingSettings, firstOfBurst: boolean, random: () => number): number {
  return firstOfBurst ? spread(settings.readMs, 0.5, random) : spread(settings.gapMs, 0.4, random);
}

/** How long "typing…" shows before a message of `characters` characters is sent. */
export function typingMs(settings: TypingSettings, characters: number, random: () => number): number {
  const { typingBaseMs, typingPerCharMs, typingMaxMs } = settings;
  const plain = Math.min(Math.max(typingMaxMs, typingBaseMs), typingBaseMs + typingPerCharMs * characters);
  return spread(plain, 0.2, random);
}

/** `value` ± `fraction` of it, uniformly. */
function spread(value: number, fraction: number, random: () => number): number {
  return Math.round(value * (1 - fraction + 2 * fraction * random()));
}
