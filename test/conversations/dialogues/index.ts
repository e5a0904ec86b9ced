// The conversation corpus: every dialogue the team wrote, by theme.
import type { Dialogue } from '../dialogue.js';
import { amendments } from './amendments.js';
import { changes } from './changes.js';
import { company } from './company.js';
import { elderly } from './elderly.js';
import { english } from './english.js';
import { javanese } from './javanese.js';
import { lists } from './lists.js';
import { media } from './media.js';
import { noEmail } from './no-email.js';
import { resume } from './resume.js';
import { severalAnswers } from './several-answers.js';
import { terse } from './terse.js';
import { typical } from './typical.js';
import { typos } from './typos.js';
import { wrongBranch } from './wrong-branch.js';

export const CORPUS: readonly Dialogue[] = [
  ...typical,
  ...terse,
  ...elderly,
  ...typos,
  ...javanese,
  ...english,
  ...media,
  ...wrongBranch,
  ...lists,
  ...severalAnswers,
  ...resume,
  ...company,
  ...noEmail,
  ...changes,
  ...amendments,
];
