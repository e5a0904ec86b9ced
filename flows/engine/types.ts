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

/** Media the host refused to store (too large); only its description reaches the engine. */
export interface RefusedMedia {
  refused: 'too_large';
  mimetype: string;
  size: number;
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

export type Trigger =
  | { type: 'message'; input: FlowInput }
  /** A durable timer fired; ignored when its token no longer matches the session. */
  | { type: 'timer'; name: string; token: string }
  /** The host created the case asked for by a submit_case effect. */
  | { type: 'case_created'; caseId: string }
  /** The host looked up the cases asked for by a lookup_status effect. */
  | { type: 'status_report'; cases: CaseStatusView[] };

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
  /** Arm a durable timer; when it fires the host resumes with {type:'timer', name, token}. */
  | { type: 'set_timer'; name: string; token: string; at: number };

export interface ResumeResult<S> {
  /** null: delete the session (declined consent, cancelled, erased). */
  session: S | null;
  replies: Reply[];
  effects: Effect[];
}
