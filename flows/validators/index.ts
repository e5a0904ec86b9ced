// The pure validators of the intake conversation: each returns a Validation, never user-facing text.
export type { Validation } from './result.js';
export { ok, fail } from './result.js';
export * from './nik.js';
export * from './npwp.js';
export * from './email.js';
export * from './phone.js';
export * from './nib.js';
export * from './money.js';
export * from './postal.js';
export * from './answers.js';
export * from './count.js';
export * from './name.js';
