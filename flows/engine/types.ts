// The contract between the pure conversation engine (flows/) and its host (bot/, workers/).
// goflow-style: the host calls resume() with a trigger; the engine returns the next session, the
// replies for this chat and the effects the host must carry out. The engine performs no I/O.

export type Lang = 'id' | 'en';

export type InputKind =
  | 'text'
  | 'image'
  | 'document'
  | 'audio'
  | 'video'
  | 'sticker'
  | 'location'
  | 'contact'
  | 'other';

/** Media already stored (encrypted) by the host, referred to by an opaque ref. */
export interface StoredMedia {
  ref: string;
  mimetype: string;
  size: number;
  filename?: string;
}

/**
 * Why the host did not store a file: larger than the limit, a kind or type it never keeps (voice notes,
 * videos, stickers, Word files), no size announced by the sender, or the download failed.
 */
export type MediaRefusal = 'too_large' | 'unsupported_type' | 'unknown_size' | 'unavailable';

/** Media the host refused to store (never downloaded, or not kept); only its description reaches the engine. */
export interface RefusedMedia {
  refused: MediaRefusal;
  mimetype: string;
  /** Bytes, when the sender announced a size (or the download counted one). */
  size?: number;
}

export interface FlowInput {
  kind: InputKind;
  /** The text, or a media caption. */
  text?: string;
  media?: StoredMedia | RefusedMedia;
  location?: { latitude: number; longitude: number };
  /** The sender's own phone digits when WhatsApp reveals them (absent for @lid senders). */
  senderPhone?: string;
}

/** A case as the applicant may see it (for STATUS). */
export interface CaseStatusView {
  caseId: string;
  status: string;
  desk?: 'village' | 'district' | 'regency';
  updatedAt: number;
  nib?: string;
}

/**
 * What became of an applicant's message passed on to their case's operator: sent to them, logged for
 * whoever claims the case, not kept (a file while nobody holds the case), or the case is over.
 */
export type ForwardOutcome = 'sent' | 'waiting' | 'media_waiting' | 'closed';

export type Trigger =
  | { type: 'message'; input: FlowInput }
  /** A durable timer fired; ignored when its token no longer matches the session. */
  | { type: 'timer'; name: string; token: string }
  /** The host created the case asked for by a submit_case effect. */
  | { type: 'case_created'; caseId: string }
  /** The host looked up the cases asked for by a lookup_status effect. */
  | { type: 'status_report'; cases: CaseStatusView[] }
  /** The host raised the help request asked for by a request_help effect, under this reference. */
  | { type: 'help_requested'; ref: string }
  /** The host recorded the complaint asked for by a file_complaint effect, under this reference. */
  | { type: 'complaint_filed'; ref: string }
  /** The host passed a message on to the case's operator (sent), logged it for the desk (waiting), or the case is over (closed). */
  | { type: 'case_forwarded'; caseId: string; outcome: ForwardOutcome }
  /** An operator or coordinator answered a help request or complaint through Loket (BALAS). */
  | { type: 'staff_message'; ref: string; name: string; text: string }
  /** What is stored about the applicant, asked for by an export_applicant_data effect (DATA SAYA). */
  | { type: 'data_export'; cases: StoredCaseView[] };

/** A case as stored, for the applicant's own copy of their data: its dossier and what happened to it. */
export interface StoredCaseView {
  caseId: string;
  status: string;
  dossier: Record<string, unknown>;
  events: { at: number; type: string }[];
}

export interface Reply {
  text: string;
}

export type Effect =
  /** Create a case from the confirmed dossier; the host answers with a case_created trigger. */
  | { type: 'submit_case'; dossier: Record<string, unknown> }
  /** Look up this applicant's cases; the host answers with a status_report trigger. */
  | { type: 'lookup_status' }
  /** Erase everything stored about this applicant (HAPUS DATA), sessions and cases included. */
  | { type: 'erase_applicant_data' }
  /** Gather what is stored about this applicant (DATA SAYA); the host answers with data_export. */
  | { type: 'export_applicant_data' }
  /** Arm a durable timer; when it fires the host resumes with {type:'timer', name, token}. */
  | { type: 'set_timer'; name: string; token: string; at: number }
  /**
   * Ask a person to help: the desk of `villageCode` (or the coordinators when nobody covers it) is told
   * where the applicant stands and what they last wrote (already masked). Answered with help_requested.
   */
  | { type: 'request_help'; reason: 'asked' | 'stuck'; question: string; recent: string[]; villageCode?: string; caseId?: string }
  /** Pass a message that the form could not use to whoever is helping under `ref` (BALAS). */
  | { type: 'forward_help'; ref: string; input: FlowInput }
  /** Record a complaint (ADUAN) and tell the coordinators; answered with complaint_filed. */
  | { type: 'file_complaint'; text: string; caseId?: string }
  /** Pass a message sent after submission to the case's operator; answered with case_forwarded. */
  | { type: 'forward_to_case'; caseId: string; input: FlowInput }
  /** Record (agreed) or withdraw (not) the applicant's agreement to announcements (SIARAN), in their language. */
  | { type: 'set_announcements'; agreed: boolean; lang: Lang };

export interface ResumeResult<S> {
  /** null: delete the session (declined consent, cancelled, erased). */
  session: S | null;
  replies: Reply[];
  effects: Effect[];
}
