// The shape of a corpus dialogue: a person, written by the team, with what they would type to each
// question, in their own words. Answers are keyed by the question asked (not by turn), so the same
// person can talk to any version of the intake, and a shorter intake shows as fewer messages.
import type { Position } from '../../flows/intake/ids.js';

/** Every question a version of the intake has asked, including retired ones (for before/after figures). */
export type Topic = Position | 'nik_confirm' | 'phone_offer' | 'declaration';

/** What the person sends: text, or a kind of media the simulator carries. */
export type Say = string | { image: 'ktp' } | { document: 'pdf' | 'docx' } | { audio: 'voice' } | { sticker: true } | { location: true };

export interface Expectations {
  legalForm?: 'perseorangan' | 'ud' | 'cv' | 'pt';
  /** KBLI codes in the dossier, in order; [] when the officer is to choose. */
  kbli?: string[];
  village?: string;
  district?: string;
  /** null: the applicant has no email. */
  email?: string | null;
  lang?: 'id' | 'en';
  name?: string;
  kind?: 'new' | 'amendment';
  ktpPhoto?: boolean;
  capital?: number;
  workers?: number;
}

export interface Dialogue {
  id: string;
  /** Who is typing, and how: what this dialogue tests. */
  about: string;
  /** Messages before anything is asked: the first "halo", a voice note first. Defaults to ["halo"]. */
  opening?: Say[];
  /**
   * What the person answers to each question. The first time a question is asked the first answer is
   * sent; asked again (a re-prompt, a second pass), the next one; the last one is repeated after that.
   */
  answers: Partial<Record<Topic, Say[]>>;
  /** Messages sent once, just before answering a question the first time (a sticker, a question back). */
  asides?: Partial<Record<Topic, Say[]>>;
  /** Days of silence before answering a question: the intake must pick up where it was. */
  pauses?: Partial<Record<Topic, number>>;
  /** The person's own yes, for confirmations not listed in answers. Default "ya". */
  yes?: string;
  /** The most messages this person may need to send, all included. */
  budget: number;
  /** What the submitted dossier must say. */
  expect?: Expectations;
}

/** Questions a person answers with their usual yes when nothing else is written for them. */
export const CONFIRMATIONS: ReadonlySet<Topic> = new Set<Topic>(['consent', 'nik_confirm', 'phone_offer', 'email_fix', 'capital_confirm', 'kbli_many', 'declaration']);
