// English messages of the applicant intake; same keys and parameters as intake.id.ts.

import type { CatalogShape } from './catalog.js';
import type { intakeId } from './intake.id.js';

export const intakeEn: CatalogShape<typeof intakeId> = {
  openingWelcome: (p) =>
    `Hello 🙏 Loket helps small businesses in ${p.area} get an *NIB* (business licence) for *FREE*, without a trip to town.\n` +
    `Do not pay anyone who asks for money for this.`,
  openingPrepare: (p) =>
    `You only need your KTP (identity card). Email is optional: an officer can make one for you.\n` +
    `Officers work ${p.hours} You can send messages at any time.`,
  openingConsent:
    'Your KTP and business data are used only to get your NIB, kept safe, and deleted when done. ' +
    'You can delete them at any time by typing DELETE DATA. WhatsApp messages pass through servers abroad.\n\n' +
    '*Do you agree?* Reply YES or NO.\n(Bahasa Indonesia? Ketik BAHASA.)',
  consentAsk: 'Do you agree that your data is used to get your NIB? Reply YES or NO.',
  consentRescue: 'If you agree, type 1 (or YES). If not, type 2 (or NO).',
  consentDeclined: 'That is fine. We keep no data at all. If you change your mind, just send a message at any time. Thank you 🙏',
  consentThanks: 'Thank you. Let us start, one question at a time.',
  helpConsent: 'We need your agreement before asking for your KTP data. It is used only for your NIB and can be deleted at any time with DELETE DATA.',

  badYesNo: 'Sorry, that is not clear to us. Just type YES or NO.',
  yesNoNumbered: 'Type *1* for YES, or *2* for NO.',
  rescueNumber: 'Just type the number, for example *1*.',
  badTextTooLong: 'That answer is too long. Please keep it short.',

  askHasNib: 'Do you *already have an NIB*? (yes/not yet)',
  helpHasNib: 'One person has only one NIB. If you have one, we add the new business or place to it. If not, we make a new one.',
  askExistingNib: 'What is your NIB number? (13 digits, on the NIB letter from OSS) Example: 1234567890123\nIf you forgot it, type FORGOT.',
  badNib: 'An NIB has 13 digits. Example: 1234567890123. If you forgot it, type FORGOT.',
  rescueExistingNib: 'The NIB number is at the top of the NIB letter from OSS, 13 digits. Type just the digits, or FORGOT. If you have no NIB after all, type NOT YET.',
  helpExistingNib: 'The NIB is at the top of the NIB letter from OSS. If you do not remember it, type FORGOT: an officer can find it with your NIK.',
  nibNoneNote: 'Fine, then we make a new NIB.',
  nibForgottenNote: 'No problem, an officer will look it up with your NIK.',
  askAmendment: 'What do you want to add to that NIB?\n1. A new business activity\n2. A new business place\n3. Both',
  badAmendment: 'Please choose 1, 2 or 3.',
  helpAmendment: 'Choose 1 for a new kind of business, 2 for a new place of business, 3 for both.',
  amendmentKbli: 'a new activity',
  amendmentLocation: 'a new place',
  amendmentBoth: 'a new activity and place',

  askLegalForm: 'Is the business your own, or does it have a notary deed (CV/PT)?\n1. My own business (most common, including UD)\n2. CV\n3. PT',
  badLegalForm: 'Please choose 1, 2 or 3. Most small businesses choose 1 (own business).',
  helpLegalForm: 'If the business is in your own name and has no notary deed, choose 1. A CV or PT has a deed of establishment from a notary.',
  companyPath: (p) =>
    `A ${p.form} is handled directly by the DPMPTSP office (not village officers). ` +
    `Please prepare the deed of establishment and the Kemenkumham decree, the ${p.form}'s NPWP, and the directors' KTPs. ` +
    `We only ask your name, phone and a little about the business; a DPMPTSP officer will contact you.`,
  legalPerseorangan: 'own business (individual)',
  legalUd: 'UD (own business)',
  legalCv: 'CV',
  legalPt: 'PT',

  askNik: 'Please type your *NIK* (the 16 digits on your KTP). Example: 3505014203850001',
  badNikLength: (p) => `A digit seems to be missing or extra. An NIK has 16 digits; we received ${p.count}. Please check it against your KTP.`,
  badNikProvince: 'The first two digits of the NIK look mistyped. Please check it against your KTP. Example: 3505014203850001',
  badNikDate: 'A digit of the NIK looks mistyped (the birth date part). Please check it against your KTP.',
  badNikSerial: 'The last four digits of an NIK cannot be 0000. Please check it against your KTP.',
  nikUnknown: 'The NIK is on your KTP, the top line (16 digits). If you do not have your KTP with you, that is fine: your answers are saved, continue any time.',
  rescueNik: 'Look at your KTP, the top line below the province name: there are 16 digits. Type just the digits, spaces are fine. Example: 3505 0142 0385 0001',
  helpNik: 'The NIK is the 16 digits on the top line of the KTP. Type just the digits, spaces are fine. Or send a photo of the KTP first, then type the NIK.',
  nikRead: (p) => `NIK noted: born ${p.birthDate}, ${p.gender}. If anything is wrong, you can change it at the end.`,
  genderMale: 'male',
  genderFemale: 'female',

  askFullName: 'What is your *full name*, as on your KTP? Example: Siti Aminah',
  askContactName: 'What is your name (for the DPMPTSP officer to contact)? Example: Siti Aminah',
  badNameEmpty: 'We could not read a name. Please type your full name as on your KTP. Example: Siti Aminah',
  badNameChars: 'A name is letters only, as on the KTP. Example: Siti Aminah',
  badNameDigits: 'A name has no digits. Please type your name as on your KTP. Example: Siti Aminah',
  badNameLength: 'That name is too short or too long. Please type your full name as on your KTP. Example: Siti Aminah',
  nameNotNik: 'That is the NIK 🙂 Now please type your *full name* (letters) as on your KTP. Example: Siti Aminah',
  rescueFullName: 'Write the name exactly as on the KTP, letters only. If the KTP says "SITI AMINAH", type: Siti Aminah',
  helpFullName: 'Type the name exactly as on your KTP. OSS uses it and it must match the civil registry.',

  askKtpAddress: 'What is the *address on your KTP*? (hamlet/street, RT/RW, village, district) Example: Dusun Krajan RT 2 RW 1, Desa Sumberejo, Kec. Sanankulon',
  badAddress: 'That address is too short or unclear. Example: Dusun Krajan RT 2 RW 1, Desa Sumberejo, Kec. Sanankulon',
  rescueAddress: 'Write it as on the KTP: hamlet or street, RT/RW, then village and district. Example: Dsn Krajan RT 2/1, Ds Sumberejo, Kec Sanankulon',
  helpKtpAddress: 'The address is on the KTP below the birth date: street or hamlet, RT/RW, village, district.',

  askKtpPhoto: 'May we have a *photo of your KTP*? It is optional and only helps the officer check spelling. It is deleted once the NIB is issued. Send the photo, or type SKIP.',
  badKtpPhotoType: 'That file is not a photo or PDF. Please send a photo of the KTP, or type SKIP.',
  badKtpPhotoText: 'Please send a photo of your KTP, or type SKIP if you prefer not to.',
  rescueKtpPhoto: 'Tap 📎 or 📷 in WhatsApp, take a photo of the KTP and send it. If you prefer not to, just type SKIP.',
  ktpPhotoReceived: 'We received the KTP photo. Thank you.',
  helpKtpPhoto: 'The KTP photo is optional. If you send one, make sure the text is readable and not glaring. Or type SKIP.',

  askPhone: 'What *mobile number* should the OSS account use (one active on WhatsApp)? Example: 081234567890',
  askPhoneOther: (p) => `Mobile number for the OSS account? Type the number, or THIS to use this WhatsApp number (${p.phone}).`,
  badPhone: 'That mobile number is not right. It starts with 08 and has 10–13 digits. Example: 081234567890',
  badPhoneNotMobile: 'That looks like a landline, not a mobile number. Please type a mobile number. Example: 081234567890',
  rescuePhone: 'Type the mobile number used for WhatsApp, starting with 08. Example: 0812 3456 7890',
  helpPhone: 'OSS sends a secret code over WhatsApp to this number when the account is made. Give that code only to the officer helping you.',

  askEmail: 'What is your *email address*? Example: budi.santoso@gmail.com\nIf you have none, type NONE (an officer can make one).',
  badEmail: 'That email address is not right. It has an @ and no spaces. Example: budi.santoso@gmail.com (or type NONE)',
  rescueEmail: 'An email looks like this: yourname@gmail.com. If you have none, just type NONE and an officer will make one.',
  askEmailFix: (p) => `Did you mean *${p.email}*? (yes/no)`,
  emailNoneNote: 'No problem. An officer will help make an email for the OSS account.',
  helpEmail: 'OSS needs an email. If you have none, type NONE and an officer will help make one.',

  askNpwp: 'Type your NPWP number (15 or 16 digits), or USE NIK (the NIK now also serves as NPWP).',
  badNpwp: 'That NPWP is not right (15 or 16 digits). Example: 01.312.166.0-091.000, or type USE NIK.',
  rescueNpwp: 'The NPWP is on the NPWP card, 15 or 16 digits. If you have none, just type USE NIK.',
  helpNpwp: 'An NPWP is not needed for a micro business NIB: the NIK already serves as NPWP.',

  askActivity: 'Now about the business. *What does it do?* Tell us in your own words. Example: selling rice with peanut sauce and iced tea',
  askCompanyActivity: 'What line of business is it? Example: building supplies shop, transport services',
  badActivity: 'Please tell us a little about the business. Example: selling rice with peanut sauce and iced tea',
  rescueActivity: 'Name what you sell, make or do. Examples: "tailoring clothes", "raising chickens", "motorbike repair", "coffee stall".',
  helpActivity: 'From this we find the matching business type (KBLI). Name the goods or service, e.g. "tailoring", "raising laying hens".',
  kbliOptions: (p) => `Which is most like your business?\n${p.list}\n\nType one number. Not sure? Type DON'T KNOW (an officer will choose).`,
  kbliOptionsMore: (p) => `Which is most like the additional business?\n${p.list}\n\nType one number, or DON'T KNOW.`,
  kbliOne: (p) => `Is your business *${p.label}*? Reply YES, or describe it in other words. Not sure? Type DON'T KNOW.`,
  kbliLine: (p) => `${p.n}. ${p.label}`,
  kbliNoMatch: 'Sorry, we found no matching business type. Try other words (for example the goods you sell), or type DON\'T KNOW.',
  kbliNoneFit: 'Fine. Try describing the business in other words (for example the goods you sell), or type DON\'T KNOW and an officer will choose.',
  badKbliPick: (p) => `Please type a number from 1 to ${p.max}, DON'T KNOW, or describe the business again.`,
  kbliUnknownNote: 'Fine, an officer will choose the right business type.',
  helpKbliPick: 'In OSS every business type has a code (KBLI). Choose the closest one. If unsure, type DON\'T KNOW.',
  askKbliMany: (p) =>
    `You chose ${p.count} business types: ${p.list}.\nMore than two are handled directly by the DPMPTSP office, not village officers. ` +
    `Keep them all? Reply YES, or NO to choose just one.`,
  helpKbliMany: 'Village and district officers may file at most two business types. More than that is handled by the DPMPTSP office.',
  askActivityMore: 'What is the additional business? Describe it briefly. Example: selling phone credit',

  askProducts: 'What *products or services* do you sell? Example: rice with peanut sauce, iced tea, fritters',
  badProducts: 'Please name the products or services. Example: rice with peanut sauce, iced tea, fritters',
  rescueProducts: 'Name the goods or services sold, separated by commas. Example: traditional cakes, boxed meals',
  helpProducts: 'Name the goods you sell or make, or the service you give. More than one is fine, separated by commas.',

  askBusinessName: 'What is the *name of the business*? Example: Warung Bu Siti\nIf it has no name yet, type NONE.',
  badBusinessName: 'We could not read a business name. Example: Warung Bu Siti (or type NONE).',
  rescueBusinessName: 'A business name can be simple, like the name of the stall or brand. If there is none, type NONE and we use "Usaha" + your name.',
  helpBusinessName: 'A business name can be simple, like the name of the stall or brand. If there is none, type NONE.',
  defaultBusinessName: (p) => `Usaha ${p.name}`,
  businessNameDefaulted: (p) => `Fine, we wrote the business name as "${p.name}". You can change it at the end.`,

  askOperating: 'Is the business *already running*? (yes/not yet)',
  helpOperating: 'Answer YES if you already sell or produce, NOT YET if you are about to start.',

  askCapital: 'How much is the *business capital*? Count tools, materials and business money only, *not land or buildings* (house/kiosk). Example: 15 million',
  badCapital: 'We could not read the amount. Write it in rupiah. Example: 15 million, 2.5 million, or 15000000',
  badCapitalZero: 'Capital cannot be zero. Just estimate the value of the tools and materials. Example: 5 million',
  capitalUnknown: 'An estimate is enough: add up the price of the tools, materials and stock used by the business. Example: 5 million',
  rescueCapital: 'How to count: a cart 3 million + stove and cooking tools 1 million + ingredients 1 million = 5 million. Type the total, for example: 5 million',
  helpCapital: 'Capital = value of tools, machines, materials, stock and money for the business. House, kiosk and land do NOT count. An estimate is enough.',
  capitalRead: (p) => `Capital noted: ${p.amount}.`,
  capitalAboveDesk: (p) => `Capital noted: ${p.amount}. As it is above ${p.limit}, the DPMPTSP office will handle this application directly.`,
  capitalNotUmk: (p) =>
    `Capital of ${p.amount} is above Rp 5 billion, so this is no longer a micro or small business. DPMPTSP will help register it directly. ` +
    `If that is right, reply YES. If not, reply NO and type the capital again.`,
  askCapitalMillions: (p) => `Do you mean ${p.typed} million (${p.amount})? Reply YES, or type the capital again. Example: 15 million`,
  askCapitalLow: (p) => `Only ${p.amount}? Reply YES if that is right, or type it again. Example: 5 million`,

  askLandArea: 'How *large is the business place*? Example: 4x5 metres or 20 m2. If it is at home, estimate the part used for the business.',
  badLandArea: 'We could not read the area. Example: 20 m2, 4x5 metres, or 1 hectare',
  rescueLandArea: 'Measure length and width in steps (one step is about 1 metre). For example 4 steps by 5 steps, type: 4x5',
  helpLandArea: 'Multiply the length and width of the business place. For example a 4 m x 5 m stall = 20 m2.',

  askWorkers: 'How many *people work* in this business, including you? Example: 2',
  badWorkers: 'We could not read the number of workers. Type the number. Example: 2',
  rescueWorkers: 'Count everyone who works in it, including you and family who help. Type just the number, e.g. 3. If it is only you, type 1.',
  helpWorkers: 'Count everyone who works, including the owner and family who help.',

  askSameAddress: 'Is the business *at your KTP address*? (yes/different)',
  askSameAddressVillage: (p) => `Is the business *at your KTP address* (village ${p.village}, district ${p.district})? (yes/different)`,
  helpSameAddress: 'Answer YES if the business is at home, as on the KTP. Answer DIFFERENT if it is elsewhere, for example a kiosk at the market.',
  askBusinessAddress: 'What is the *business address*? (street/hamlet, RT/RW, village) Example: Pasar Wlingi kiosk 12, Desa Wlingi',
  helpBusinessAddress: 'Write the business address as fully as you can: street or hamlet, number, RT/RW, village.',

  askVillage: (p) => `In which *village (desa/kelurahan)* is the business? (in ${p.regency}) Example: Sumberejo`,
  rescueVillage: (p) => `Type just the village name, without "desa". If you know it, add the district. Example: Sumberejo Sanankulon (the village must be in ${p.regency}).`,
  villageFound: (p) => `Business place: village ${p.village}, district ${p.district}.`,
  villageAmbiguous: (p) => `There are several villages called *${p.name}*. In which district?\n${p.list}`,
  villageSameDistrict: (p) => `That district has more than one. Which one?\n${p.list}`,
  villageNone: (p) => `We could not find that village. Did you mean one of these? Type its number or name:\n${p.list}`,
  villageNoneEmpty: (p) => `We could not find that village in ${p.area}. Please check the spelling and type it again. Example: Sumberejo`,
  villageOption: (p) => `${p.n}. ${p.village} (district ${p.district})`,
  districtOption: (p) => `${p.n}. District ${p.district}`,
  badVillagePick: (p) => `Please type a number from 1 to ${p.max}, or the district or village name.`,
  helpVillage: 'Type the name of the village where the business is. We only serve this regency/city.',

  askPostalCode: 'What is the *postal code* of the business place? (5 digits) Example: 66151. If you do not know, type DON\'T KNOW.',
  badPostalCode: 'A postal code has 5 digits. Example: 66151, or type DON\'T KNOW.',
  rescuePostalCode: 'The postal code is on electricity or water bills, or ask the village office. If you do not know, type DON\'T KNOW and the officer fills it in.',
  helpPostalCode: 'If you do not know, type DON\'T KNOW; the officer will fill it in.',


  summaryPerson: '*Please check your data:*',
  summaryBusiness: '*Business data:*',
  summaryFooter:
    'OSS asks you to *promise*: the business is run safely and cleanly, does not harm the environment, is in a place allowed for business, ' +
    'and gets halal certification if it sells food or drink that must be halal.\n\n' +
    'Data correct and you agree to the promise? Type *SEND*.\nSomething wrong? Type CHANGE and its number (e.g. CHANGE 3) or name (CHANGE EMAIL). Another business? Type ADD.',
  summaryFooterCompany: 'All correct? Type *SEND*.\nSomething wrong? Type CHANGE and its number, e.g. CHANGE 2.',
  summaryLine: (p) => `${p.n}. ${p.label}: ${p.value}`,
  badSummary: (p) => `Type SEND if the data is correct, or CHANGE and a number from 1 to ${p.max} to change it. Example: CHANGE 3`,
  summaryRescue: (p) => `If everything is right, type SEND. If something is wrong, just type its number (1 to ${p.max}).`,
  summaryWhich: (p) => `Which part is wrong? Type its number (1 to ${p.max}), e.g. CHANGE 3.`,
  helpSummary: 'Check all the data. If something is wrong, type CHANGE and its number (e.g. CHANGE 2). If it is correct, type SEND. The promise under the summary is required in OSS for all micro and small businesses.',
  labelHasNib: 'Existing NIB',
  labelNik: 'NIK',
  labelName: 'Name',
  labelKtpAddress: 'KTP address',
  labelKtpPhoto: 'KTP photo',
  labelPhone: 'Mobile (OSS account)',
  labelEmail: 'Email',
  labelNpwp: 'NPWP',
  labelLegalForm: 'Legal form',
  labelActivity: 'Business activity',
  labelKbli: 'Business type (KBLI)',
  labelProducts: 'Products/services',
  labelBusinessName: 'Business name',
  labelOperating: 'Already running',
  labelCapital: 'Capital (excl. land & buildings)',
  labelLandArea: 'Business place area',
  labelWorkers: 'Workers',
  labelBusinessAddress: 'Business address',
  labelVillage: 'Village',
  labelPostalCode: 'Postal code',
  valueYes: 'yes',
  valueNo: 'not yet',
  valueSent: 'sent',
  valueSkipped: 'not sent',
  valueNoEmail: 'none yet (officer will help)',
  valueNone: '-',
  valueUnknown: 'unknown',
  valueKbliUnknown: 'chosen by the officer',
  valueSameAsKtp: 'same as KTP address',
  valueExistingNib: (p) => `${p.nib} (add ${p.what})`,
  valueLandArea: (p) => `${p.area} m²`,
  valueWorkers: (p) => `${p.count} people`,
  valueVillage: (p) => `${p.village}, district ${p.district}`,
  valueNik: (p) => `${p.nik} (born ${p.birthDate}, ${p.gender})`,
  valuePhoneThisChat: (p) => `${p.phone} (this WhatsApp number)`,
  valueProductsAsActivity: 'as the business activity',
  valueNpwpIsNik: 'the NIK',
  valuePostalByOperator: 'filled in by the officer',

  factsNoted: (p) => `We also noted: ${p.facts}.`,
  factName: (p) => `name ${p.name}`,
  factNik: (p) => `NIK ${p.nik} (born ${p.birthDate}, ${p.gender})`,
  factEmail: (p) => `email ${p.email}`,
  factPhone: (p) => `mobile ${p.phone}`,
  factBusinessName: (p) => `business name ${p.name}`,
  factActivity: (p) => `business "${p.activity}"`,
  factVillage: (p) => `business place village ${p.village}, district ${p.district}`,
  factVillageName: (p) => `business place village ${p.village}`,
  factCapital: (p) => `capital ${p.amount}`,
  factWorkers: (p) => `${p.count} workers`,
  factRunning: 'the business is running',
  factNotRunning: 'the business is not running yet',

  caseCreated: (p) =>
    `✅ Thank you! We received your data under number *${p.caseId}*.\n` +
    `An officer will contact you on this WhatsApp ${p.when}. ` +
    `If OSS sends you a code over WhatsApp, give it ONLY to the officer helping you.\n` +
    `Type STATUS at any time to see the progress. This service is FREE.`,
  whenToday: 'today during working hours',
  whenNext: (p) => `from the next working day, ${p.at}`,
};
