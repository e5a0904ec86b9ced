// English messages shared by every conversation; same keys and parameters as common.id.ts.

import type { CatalogShape } from './catalog.js';
import type { commonId } from './common.id.js';

export const commonEn: CatalogShape<typeof commonId> = {
  weekdayNames: 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday',
  monthNames: 'January|February|March|April|May|June|July|August|September|October|November|December',
  hoursLine: (p) => `${p.days} ${p.from}–${p.to} ${p.zone}`,
  hoursClosed: (p) => `Closed on ${p.days} and public holidays.`,
  hoursHolidaysClosed: 'Closed on public holidays.',
  listJoin: ', ',
  internalError: 'Sorry, something went wrong on our side. Your answers are not lost; please send it again in a moment.',

  menu: (p) =>
    `*LOKET MENU*\nType a number:\n1. ${p.first}\n2. Check the STATUS of my application\n3. HELP (explanation)\n4. Talk to a PERSON\n5. COMPLAINT\n6. Change language (Bahasa Indonesia)\n7. DELETE DATA (erase my data)`,
  menuFirstNew: 'Apply for a new NIB',
  menuFirstContinue: 'Continue my application',
  menuUnknown: 'Sorry, that option does not exist. Type a number from 1 to 7, or 1 to go back to the question.',
  helpGeneral:
    'Loket helps you get an NIB (business identity number) for FREE. Commands you can type at any time:\n' +
    '• PERSON – be helped by an officer\n• BACK – the previous question\n• STATUS – check your application\n• COMPLAINT – make a complaint\n' +
    '• CANCEL – cancel the application\n• LANGUAGE – change language\n• DELETE DATA – erase all your data\n• MENU – the list of options',
  offerPerson: 'Sorry, this question seems confusing. Would you like an officer to help? Type *PERSON* and an officer will reply on this WhatsApp. Or try again:',
  helpRequested: (p) =>
    `Fine, we asked an officer to help you (number ${p.ref}). The officer will reply on this WhatsApp ${p.when}. Your answers are kept; you may carry on meanwhile.`,
  helpAlreadyOpen: (p) => `An officer has been asked already (number ${p.ref}) and will reply here. Please wait 🙏`,
  helpForwarded: (p) => `We passed your message on to the officer (${p.ref}).`,
  helpQuestionNone: '(not started yet)',
  staffMessage: (p) => `💬 Message from officer ${p.name} (${p.ref}):\n${p.text}`,
  complaintAsk: 'Please write your complaint in one message. A DPMPTSP coordinator will read it. (Type CANCEL if you changed your mind.)',
  complaintFiled: (p) => `We received your complaint under number *${p.ref}*. A DPMPTSP coordinator will follow it up and reply here. Thank you.`,
  waitOk: 'Of course 🙏 Your answers are kept; carry on whenever you are ready.',
  youAreWelcome: 'You are welcome 🙏 Type STATUS to see how your application is going, or MENU for other options.',
  caseMessageSent: (p) => `We passed your message on to the officer handling ${p.caseId}.`,
  caseMessageWaiting: (p) => `Application ${p.caseId} is still waiting for an officer. We noted your message and the officer will read it. For other options, type MENU.`,
  caseMessageClosed: (p) => `Application ${p.caseId} has been completed.`,
  backNothing: 'This is already the first question.',

  cancelConfirm: 'Do you really want to cancel the application? All answers given so far will be deleted. Reply YES to cancel or NO to continue.',
  cancelDone: 'The application is cancelled and your answers are deleted. Send any message to start again.',
  cancelKept: 'Fine, let us continue.',
  cancelNothing: 'There is no application in progress.',

  eraseConfirm:
    'DELETE DATA erases everything Loket holds about you: answers, KTP photo and applications still in progress (they will be stopped). ' +
    'Reply YES to erase or NO to keep it.',
  eraseDone: 'All your data is being erased (within 3×24 hours at the latest). Thank you for using Loket.',
  eraseKept: 'Fine, nothing was erased.',

  languageSwitched: 'Fine, let us continue in English.',

  statusLooking: 'One moment, we are checking your applications…',
  statusNone: 'There is no NIB application from this number yet. Type MENU and then 1 to apply.',
  statusHeader: 'Your applications:',
  statusCase: (p) => `• *${p.caseId}*: ${p.stage}${p.desk}\n  Next: ${p.next}`,
  statusDesk: (p) => ` (handled by the ${p.desk})`,
  statusNib: (p) => `Your NIB: ${p.nib}`,
  deskVillage: 'village office',
  deskDistrict: 'sub-district (kecamatan) office',
  deskRegency: 'licensing office (DPMPTSP)',
  stageQueued: 'waiting for an officer to take it',
  stageClaimed: 'being prepared by an officer',
  stageFiled: 'filed in OSS',
  stageWaitingOss: 'waiting for the OSS system to work again',
  stageNibIssued: 'NIB issued',
  stageClosed: 'completed',
  stageRejected: 'could not be processed',
  stageCancelled: 'cancelled',
  stageUnknown: 'in progress',
  nextQueued: 'an officer will contact you on WhatsApp during working hours.',
  nextClaimed: 'the officer may ask for the OTP code from OSS. Give the code ONLY to the officer when asked.',
  nextFiled: 'wait for the NIB; we will send it to this WhatsApp number.',
  nextWaitingOss: 'the officer will try again as soon as OSS works. Your data is not lost.',
  nextNibIssued: 'keep your NIB and its PDF file safe.',
  nextClosed: 'nothing else needs to be done.',
  nextRejected: 'the officer will explain why. Type MENU to apply again.',
  nextCancelled: 'type MENU to apply again if needed.',
  nextUnknown: 'the officer will keep you informed.',

  mediaAudio: 'Sorry, we cannot listen to voice messages yet.',
  mediaVideo: 'Sorry, we cannot open videos.',
  mediaSticker: 'Thanks for the sticker 🙂',
  mediaLocation: 'Thank you, but we cannot use map locations yet.',
  mediaContact: 'Sorry, we cannot use contact cards.',
  mediaImage: 'Thank you, but this question does not need a photo or a file.',
  mediaOther: 'Sorry, we cannot read this kind of message yet.',
  mediaExpectText: 'Please type your answer.',
  mediaTooLarge: (p) => `Sorry, that file is too large. The limit is ${p.limit}. Try sending a normal photo (not a high-resolution original), or type SKIP.`,

  reminder: (p) =>
    `Hello, your NIB application is not finished yet. You can continue at any time. If it is not continued, the unfinished answers will be deleted on ${p.deadline}.`,
  expired: 'As we did not hear from you for a while, the unfinished answers have been deleted. Send any message to start again.',
  dateTime: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year} at ${p.time} ${p.zone}`,

  submitting: 'We are sending your data to the officers. Please wait a moment.',
  idle: 'How can we help? Type MENU to see the options, or STATUS to check your application.',
};
