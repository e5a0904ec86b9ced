import { foldDigits } from '../validators/text.js';

// What an applicant wrote, made fit to show someone else (an operator asked to help, the
// coordinators' group): numbers long enough to be a NIK, a phone or an NIB, and email addresses, are
// masked; the words stay, since they are what the helper needs to understand.

/** A run of 6 or more digits, possibly split by spaces, dots or dashes ("0812-3456-7890", "3505  0152"). */
const DIGIT_RUN = /\+?\d(?:[\s.-]{0,3}\d){5,}/g;

/** A rupiah amount written with thousands dots ("5.000.000"): the helper needs to read it. */
const AMOUNT = /^\d{1,3}(?:\.\d{3})+$/;
const EMAIL = /([^\s@,;:<>()]+)@([^\s@,;:<>()]+\.[^\s@,;:<>()]+)/g;

function maskRun(run: string): string {
  if (AMOUNT.test(run)) return run;
  const digits = run.replace(/\D/g, '');
  return `${digits.slice(0, 2)}${'•'.repeat(Math.max(2, digits.length - 4))}${digits.slice(-2)}`;
}

export function maskPersonal(text: string): string {
  return foldDigits(text).replace(EMAIL, (_m, local: string, domain: string) => `${local.slice(0, 1)}•••@${domain}`).replace(DIGIT_RUN, maskRun);
}
