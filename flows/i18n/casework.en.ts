// English messages of the casework (for applicants who chose English; staff read Indonesian).

import type { CatalogShape } from './catalog.js';
import type { caseworkId } from './casework.id.js';

export const caseworkEn: CatalogShape<typeof caseworkId> = {
  deskNameVillage: (p) => `the ${p.name} village office`,
  deskNameDistrict: (p) => `the ${p.name} sub-district office`,
  deskNameRegency: (p) => `DPMPTSP ${p.name}`,

  opNewCase: (p) =>
    `📋 *New case ${p.caseId}* for ${p.desk}\nVillage: ${p.village}\nBusiness: ${p.business}\nKBLI: ${p.kbli}\nNIK: ${p.nik}\nWaiting since: ${p.since}\n` +
    `Type *KLAIM ${p.caseId}* to take this case.`,
  opKbliUnknown: 'not chosen yet (help the applicant choose)',
  opQueueEmpty: 'No cases are waiting at your desk. 👍',
  opQueueHeader: (p) => `*Queue* (${p.count} cases waiting):`,
  opQueueLine: (p) => `${p.n}. ${p.caseId} – ${p.business}, ${p.village} (since ${p.since})`,
  opQueueFooter: 'Type KLAIM 1 to take case number 1 (or KLAIM <case number>).',
  opMyCasesEmpty: 'You hold no cases. Type ANTRIAN to see the waiting ones.',
  opMyCasesHeader: (p) => `*Your cases* (${p.count} of at most ${p.max}):`,
  opMyCaseLine: (p) => `• ${p.caseId} – ${p.business}: ${p.stage}`,
  opClaimed: (p) => `✅ Case ${p.caseId} is now yours. Type *DETAIL ${p.caseId}* for the full data and the KTP photo. The applicant has been told.`,
  opClaimTaken: (p) => `Case ${p.caseId} has already been taken by ${p.name}. Type ANTRIAN for other cases.`,
  opClaimOwn: (p) => `You already hold case ${p.caseId}.`,
  opClaimCap: (p) => `You already hold ${p.max} cases, your limit. Finish or LEPAS one first, then KLAIM again.`,
  opCaseNotOpen: (p) => `Case ${p.caseId} can no longer be changed: ${p.stage}.`,
  opReleased: (p) => `Case ${p.caseId} is back in the desk's queue. Thank you.`,
  opUnknownCase: (p) => `Case ${p.caseId} was not found. Check the number (for example LK-7KQ2M) or type ANTRIAN.`,
  opNotYourDesk: (p) => `Sorry, case ${p.caseId} belongs to another desk, so you cannot change it.`,
  opNotClaimer: (p) => `Sorry, case ${p.caseId} is held by ${p.name}. Only the holder can do that.`,
  opNotClaimedYet: (p) => `Case ${p.caseId} has not been taken yet. Type *KLAIM ${p.caseId}* first.`,
  opInactive: 'Your operator account is inactive. Contact the DPMPTSP coordinator if this is a mistake.',
  opStranger: 'Sorry, that command is only for registered Loket staff. To apply for an NIB, type MENU.',
  opDetailHeader: (p) => `*DETAIL ${p.caseId}* – ${p.stage} (${p.desk})\nIn the order of the OSS form:`,
  opDetailSection: (p) => `\n*${p.title}*`,
  opDetailLine: (p) => `${p.label}: ${p.value}`,
  opKtpCaption: (p) => `KTP photo of ${p.caseId} (for the OSS form only)`,
  opKtpGone: (p) => `The KTP photo of ${p.caseId} was deleted after the NIB was delivered.`,
  opKtpMissing: (p) => `Case ${p.caseId} has no KTP photo.`,
  opAskSent: (p) => `Your question about ${p.caseId} was sent to the applicant. The answer will be forwarded here.`,
  opAnswer: (p) => `💬 Answer from the applicant of ${p.caseId}:\n${p.text}`,
  opAnswerMedia: (p) => `💬 The applicant of ${p.caseId} sent a file as the answer.`,
  opCodeRequested: (p) => `The applicant of ${p.caseId} was asked to forward the OSS code. It will be passed here once and not stored (valid 10 minutes).`,
  opCode: (p) => `🔑 OSS code from the applicant of ${p.caseId}: *${p.code}*\nLoket does not store this code.`,
  opDeferred: (p) => `Case ${p.caseId} is on hold. You will be reminded ${p.when}. The applicant has been told.`,
  opOssRetry: (p) => `⏰ Reminder: case ${p.caseId} is on hold (“${p.reason}”). Please try OSS again.`,
  opNibInvalid: (p) => `An NIB has 13 digits; you sent ${p.count}. Send it again, for example: NIB LK-7KQ2M 1234567890123`,
  opNibRecorded: (p) => `🎉 The NIB for ${p.caseId} is recorded and on its way to the applicant. If you have the NIB PDF, send it as a document in your next message.`,
  opNibAlready: (p) => `The NIB of ${p.caseId} is already recorded: ${p.nib}. It is not sent twice.`,
  opNibPdfRelayed: (p) => `The NIB PDF of ${p.caseId} was forwarded to the applicant.`,
  opRejected: (p) => `Case ${p.caseId} was rejected and the applicant was told why.`,
  opClaimReminder: (p) => `⏰ You have held case ${p.caseId} since ${p.since} without progress. Continue, TUNDA with a reason, or LEPAS it.`,
  opClaimExpired: (p) => `Case ${p.caseId} went back to the queue after a long time without progress. The coordinators were told.`,
  opDeskReminder: (p) => `⏰ Case ${p.caseId} has been waiting since ${p.since} and nobody has taken it. Type *KLAIM ${p.caseId}*.`,
  opBackInQueue: (p) => `Case ${p.caseId} is back in the queue. Type *KLAIM ${p.caseId}* to take it.`,
  opUnknownCommand: 'Unknown command. Type BANTUAN for the list of commands.',
  opSuggest: (p) => `Unknown command. Did you mean *${p.command}*? Type BANTUAN for the list of commands.`,
  opMissingCaseId: (p) => `The case number is missing. Example: ${p.usage}`,
  opBadCaseId: (p) => `The case number could not be read. Case numbers look like LK-7KQ2M. Example: ${p.usage}`,
  opMissingArgument: (p) => `Something is missing. Example: ${p.usage}`,
  opHelp:
    '*Operator commands* (<no> = case number, e.g. LK-7KQ2M)\n1. ANTRIAN – cases waiting\n2. KLAIM <no> or KLAIM 1 – take a case\n' +
    '3. DETAIL <no> – data + KTP photo for OSS\n4. TANYA <no> <question> – ask the applicant\n5. KODE <no> – ask for the OSS code\n' +
    '6. DIAJUKAN <no> – filed in OSS\n7. NIB <no> <13 digits> – record the NIB\n' +
    'Also: KASUS · TUNDA <no> <reason> · LEPAS <no> · TOLAK <no> <reason> · BALAS <BT-…> <message>\n' +
    'Tip: reply to a case\'s message with just the command, e.g. KLAIM.',
  opNotStaffCommand: 'That command is for the coordinators\' group. Type BANTUAN for operator commands.',
  opHelpRequest: (p) =>
    `🙋 *Help request ${p.ref}* (${p.why})\nApplicant ${p.applicant}, ${p.place}\nAt the question: ${p.question}\nLast messages:\n${p.recent}\n` +
    `Reply through Loket: *BALAS ${p.ref} <message>*`,
  opHelpWhyAsked: 'the applicant asked for a person',
  opHelpWhyStuck: 'the applicant is stuck on a question',
  opHelpPlaceUnknown: 'village not known yet',
  opHelpPlace: (p) => `village ${p.village}, district ${p.district}`,
  opHelpNoRecent: '(none yet)',
  opHelpForward: (p) => `💬 Applicant ${p.ref}:\n${p.text}\nReply: BALAS ${p.ref} <message>`,
  opHelpForwardMedia: (p) => `💬 Applicant ${p.ref} sent a file. Reply: BALAS ${p.ref} <message>`,
  opReplySent: (p) => `Your reply to ${p.ref} was sent to the applicant.`,
  opReplyUnknown: (p) => `Number ${p.ref} was not found, or is older than 30 days.`,
  opReplyNotYours: (p) => `Sorry, ${p.ref} is not for your desk.`,
  opApplicantMessage: (p) => `💬 Message from the applicant of ${p.caseId}:\n${p.text}\nReply with TANYA ${p.caseId} <message>.`,
  opApplicantMedia: (p) => `💬 The applicant of ${p.caseId} sent a file.`,

  coQueueEscalation: (p) => `⚠️ Case ${p.caseId} (${p.village}) at ${p.desk} has not been taken since ${p.since}. The desk has been reminded.`,
  coClaimEscalation: (p) => `⚠️ Case ${p.caseId}, held by ${p.name} since ${p.since} without progress, went back to the queue.`,
  coDigest: (p) =>
    `*Loket summary*\nWaiting: ${p.queued}\nIn progress: ${p.claimed}\nOn hold (OSS): ${p.waiting}\nNIB issued: ${p.issued}\nRejected: ${p.rejected}\nOldest in queue: ${p.oldest}`,
  coDigestNone: '-',
  coHelp: '*Coordinator commands*\n• RINGKASAN – today + chart\n• REKAP [minggu ini|bulan ini|2026-10]\n' +
    '• CARI <no/village>\n• RIWAYAT <no>\n• OPERATOR – staff & their cases\n' +
    '• TUGASKAN <no> <phone/name> – reassign\n• NAIKKAN <no> – to the desk above\n• TAMBAH OPERATOR <phone> <area> <name>\n' +
    '• NONAKTIF <phone> – their cases to the queue\n• OSS GANGGUAN / OSS NORMAL\n• SIARAN <message> – to applicants who agreed\n' +
    '• BALAS <number> <message> – answer a complaint/help\n• BANTUAN – this list',
  coComplaint: (p) =>
    `📣 *Complaint ${p.ref}* from applicant ${p.applicant} (application ${p.caseId}):\n“${p.text}”\nReply through Loket: *BALAS ${p.ref} <message>*`,

  apDispatched: (p) => `📨 Application ${p.caseId} has been passed to ${p.desk}. Staff will work on it ${p.when}. Type STATUS at any time.`,
  apClaimed: (p) => `👩‍💼 Staff at ${p.desk} are preparing application ${p.caseId}. If asked, give the OSS code ONLY in this chat.`,
  apBackInQueue: (p) => `Application ${p.caseId} is being passed to another officer. Your data is safe.`,
  apQuestion: (p) => `❓ The officer has a question about application ${p.caseId}:\n“${p.question}”\nPlease reply with your answer.`,
  apAnswerForwarded: 'Thank you, your answer has been passed to the officer.',
  apCodeRequest: (p) =>
    `🔑 The officer is registering application ${p.caseId} in OSS. OSS will soon send a code to your WhatsApp/SMS. ` +
    'Forward that code to this chat within 10 minutes. Never give the code to anyone outside this chat.',
  apCodeForwarded: 'The code has been passed to the officer and is not stored. Thank you.',
  apDeferred: (p) => `⏳ Application ${p.caseId} is on hold for a while: ${p.reason}. The officer will try again ${p.when}. Your data is not lost.`,
  apNib: (p) =>
    `🎉 Congratulations! The NIB for *${p.business}* has been issued.\nNIB: *${p.nib}* (application ${p.caseId})\n\n` +
    'With an NIB your business is officially registered: you can use it to apply for KUR loans and business support, halal ' +
    'certification, and to become a supplier. Keep this number safe.\n\n' +
    'How was our service? Reply with a number from *1* (poor) to *5* (excellent).',
  apNibPdfCaption: (p) => `NIB document (application ${p.caseId})`,
  apRejected: (p) => `We are sorry, application ${p.caseId} cannot be processed: ${p.reason}\nType PERSON to ask an officer, or MENU to apply again.`,
  apRatingThanks: (p) => `Thank you for rating us ${p.rating}! Your feedback helps us serve better.`,
  apKtpDeleted: 'We have deleted your KTP photo now that your NIB has been delivered.',

  dossierIdentity: 'Owner',
  dossierContact: 'Contact',
  dossierBusiness: 'Business',
  dossierLocation: 'Business location',
  dossierNotes: 'Notes',
  fieldNik: 'NIK',
  fieldName: 'Full name',
  fieldBirthDate: 'Date of birth',
  fieldGender: 'Sex',
  fieldKtpAddress: 'KTP address',
  fieldPhone: 'Mobile/WhatsApp',
  fieldEmail: 'Email',
  fieldNpwp: 'NPWP',
  fieldKind: 'Application',
  fieldExistingNib: 'Existing NIB',
  fieldLegalForm: 'Legal form',
  fieldBusinessName: 'Business name',
  fieldActivity: 'Activity',
  fieldKbli: 'KBLI',
  fieldProducts: 'Products/services',
  fieldCapital: 'Capital',
  fieldWorkers: 'Workers',
  fieldLandArea: 'Land area (m²)',
  fieldOperating: 'Already operating',
  fieldAddress: 'Business address',
  fieldVillage: 'Village',
  fieldDistrict: 'Sub-district',
  fieldPostalCode: 'Postal code',
  valueFemale: 'female',
  valueMale: 'male',
  valueKindNew: 'new NIB',
  valueKindAmendment: 'change to an NIB',
  noteNeedsEmail: 'The applicant has no email yet: help create one.',
  noteKbliUnknown: 'KBLI not chosen: decide it with the applicant.',
  notePostalUnknown: 'Postal code unknown: fill it in from the village.',
  noteNpwpIsNik: 'NPWP: use the NIK.',
  noteCompany: 'CV/PT: contact the applicant for the deed, the Kemenkumham decree and the directors\' data.',
  dossierMessages: 'Applicant\'s messages after submitting',
};
