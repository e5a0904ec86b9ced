// English messages of the applicant intake; same keys and parameters as intake.id.ts.

import type { CatalogShape } from './catalog.js';
import type { intakeId } from './intake.id.js';

export const intakeEn: CatalogShape<typeof intakeId> = {
  opening: (p) =>
    `Hello, welcome to *Loket* 🙏\n` +
    `Loket helps micro and small businesses in ${p.area} get an *NIB* (business identity number) through village, sub-district or DPMPTSP officers.\n\n` +
    `✅ This service is *FREE*. Nobody may ask you for money or a favour. If a middleman (calo) or anyone asks for a fee, do not pay and report it to the DPMPTSP.\n\n` +
    `Please have ready:\n• your KTP (identity card)\n• an email address (if you have one; if not, an officer can help)\n\n` +
    `Officers' working hours: ${p.hours}\nYou can send messages at any time.\n\n` +
    `*Consent to process personal data* (Law 27/2022):\n` +
    `We will ask for your KTP data, phone number, email and business details *only to obtain your NIB* in OSS. ` +
    `The data is stored encrypted and deleted once your case is done (unfinished answers are deleted sooner). ` +
    `You may see, correct and erase your data at any time by typing DELETE DATA. ` +
    `Please note: WhatsApp messages pass through servers abroad.\n\n` +
    `Do you agree? Reply *YES* to agree or *NO*.\n(Ketik BAHASA untuk Bahasa Indonesia.)`,
  consentAsk: 'Please reply YES if you agree that your data is used to obtain your NIB, or NO if you do not.',
  consentDeclined: 'That is fine. We have not stored any data. If you change your mind, just send a message at any time. Thank you 🙏',
  consentThanks: 'Thank you for your consent. Let us begin, one question at a time.',
  helpConsent: 'We need your consent before asking for personal data. It is used only to obtain your NIB and can be erased at any time with DELETE DATA.',

  badYesNo: 'Please answer YES or NO.',
  badTextTooLong: 'That answer is too long. Please keep it short.',

  askHasNib: 'Do you *already have an NIB*? (yes/no)',
  helpHasNib: 'A person may have only one NIB. If you already have one, we add the new business or location to it instead of creating a new NIB. The NIB is the 13-digit number on your NIB document from OSS.',
  askExistingNib: 'Please type your NIB number (13 digits). Example: 1234567890123',
  badNib: 'An NIB has 13 digits. Example: 1234567890123',
  helpExistingNib: 'The NIB is printed at the top of the NIB document from OSS. If you do not remember it, type BACK and answer NO; an officer will help find it.',
  askAmendment: 'What should be added to that NIB? Type a number:\n1. A new business activity (KBLI)\n2. A new business location\n3. Both',
  badAmendment: 'Please type 1, 2 or 3.',
  helpAmendment: 'Choose 1 for a new kind of business, 2 for a new place of business, 3 for both.',
  amendmentKbli: 'a new business activity',
  amendmentLocation: 'a new location',
  amendmentBoth: 'a new activity and location',

  askNik: 'Please type your *NIK* (the 16 digits on your KTP). Example: 3505014203850001',
  badNikLength: 'An NIK has 16 digits (no letters), and that is not what we read. Also check for a letter O that should be the digit 0. Example: 3505014203850001',
  badNikProvince: 'The first two digits of the NIK (the province code) are unknown. Please check again. Example: 3505014203850001',
  badNikDate: 'The birth date inside the NIK (digits 7 to 12) is not a real date. Please check again. Example: 3505014203850001',
  badNikSerial: 'The last four digits of an NIK cannot be 0000. Please check again. Example: 3505014203850001',
  helpNik: 'The NIK is the 16-digit number at the top of your KTP, below the province and regency names. Type just the digits; spaces are fine.',
  askNikConfirm: (p) => `According to that NIK: born *${p.birthDate}*, *${p.gender}*. Correct? (yes/no)`,
  nikConfirmRetry: 'Fine, let us check the NIK again.',
  genderMale: 'male',
  genderFemale: 'female',
  helpNikConfirm: 'We read the birth date and sex from the NIK. If they do not match your KTP, a digit was probably mistyped: answer NO and type the NIK again.',

  askFullName: 'Please type your *full name* as on your KTP. Example: Siti Aminah',
  badNameEmpty: 'We could not read a name. Please type your full name as on your KTP. Example: Siti Aminah',
  badNameChars: 'A name should contain letters only, as on the KTP. Example: Siti Aminah',
  badNameDigits: 'A name cannot contain digits. Please type the name as on your KTP. Example: Siti Aminah',
  badNameLength: 'That name is too short or too long. Please type your full name as on your KTP. Example: Siti Aminah',
  helpFullName: 'Type the name exactly as written on your KTP, including titles if they are on the KTP. OSS checks it against the population register.',

  askKtpAddress: 'Please type your *address as on your KTP* (street/hamlet, RT/RW, village, sub-district). Example: Dusun Krajan RT 02 RW 01, Desa Sumberejo, Kec. Sanankulon',
  badAddress: 'That address is too short or could not be read. Example: Dusun Krajan RT 02 RW 01, Desa Sumberejo, Kec. Sanankulon',
  helpKtpAddress: 'The address is on your KTP below the birth date: street or hamlet, RT/RW, village, sub-district.',

  askKtpPhoto: 'May we have a *photo of your KTP*? It is optional and only helps the officer check the spelling. It is stored encrypted and deleted once the NIB is issued. Send the photo, or type SKIP.',
  badKtpPhotoType: 'That file is not a photo or a PDF. Please send a photo of your KTP (JPG/PNG) or a PDF, or type SKIP.',
  badKtpPhotoText: 'Please send a photo of your KTP, or type SKIP if you prefer not to.',
  ktpPhotoReceived: 'We received the KTP photo. Thank you.',
  helpKtpPhoto: 'The KTP photo is optional. If you send it, make sure the text is readable and there is no glare. Or type SKIP.',

  askPhoneOffer: (p) => `Mobile number for the OSS account: use this WhatsApp number, *${p.phone}*? (yes/no)\nOSS will send a code to that number over WhatsApp.`,
  askPhone: 'Please type the *mobile number* for the OSS account (a number that has WhatsApp). Example: 081234567890',
  badPhone: 'That mobile number is not right. Indonesian mobile numbers start with 08 or +62 and have 10–13 digits. Example: 081234567890',
  badPhoneNotMobile: 'That looks like a landline, not a mobile number. Please type a mobile number. Example: 081234567890',
  helpPhone: 'When the account is created, OSS sends a secret code to this number over WhatsApp. The officer will ask you for it at that moment; never give it to anyone else.',

  askEmail: 'Please type your *email address*. Example: budi.santoso@gmail.com\nIf you have none, type NO EMAIL.',
  badEmail: 'That email address is not right. An email has an @ and a provider name, without spaces. Example: budi.santoso@gmail.com (or type NO EMAIL)',
  askEmailFix: (p) => `Did you mean *${p.email}*? (yes/no)`,
  emailNoneNote: 'That is fine. An officer will help create an email address for the OSS account.',
  helpEmail: 'OSS needs an email address. If you have none, type NO EMAIL and an officer will help create one.',

  askNpwp: 'Do you have an NPWP (tax number)? It is optional: your NIK now also serves as your NPWP. Send the number, or type SKIP.',
  badNpwp: 'That NPWP is not right (15 or 16 digits). Example: 01.312.166.0-091.000, or type SKIP.',
  helpNpwp: 'An NPWP is not required for a micro business NIB. If unsure, type SKIP.',

  askOperating: 'Is the business *already running*? (yes/no)',
  helpOperating: 'Answer YES if you already sell or produce, NO if you are about to start.',

  askBusinessName: 'What is the *name of the business*? Example: Warung Makan Bu Siti',
  badBusinessName: 'We could not read a business name. Example: Warung Makan Bu Siti',
  helpBusinessName: 'The business name can be simple, e.g. the name of the stall or brand. If there is none, use "Usaha" and your name.',

  askActivity: 'Tell us *what the business does*, in your own words. Example: selling rice with peanut sauce and iced tea',
  badActivity: 'Please describe the business a little. Example: selling rice with peanut sauce and iced tea',
  helpActivity: 'From this description we look up matching business codes (KBLI). Name the goods or service, e.g. "tailoring", "laying hens", "motorbike repair". Indonesian words work best.',
  kbliOptions: (p) =>
    `Business activities (KBLI 2020) that may fit:\n${p.list}\n\nType the number (more than one is fine, e.g. 1,3), or DON'T KNOW (an officer will choose), or describe the business again in other words.`,
  kbliLine: (p) => `${p.n}. ${p.code} – ${p.title}`,
  kbliNoMatch: "Sorry, we found no matching activity. Try other words (for example the name of what you sell, in Indonesian), or type DON'T KNOW and an officer will choose.",
  badKbliPick: (p) => `Please type an option number from 1 to ${p.max} (e.g. 1 or 1,2), DON'T KNOW, or describe the business again.`,
  kbliUnknownNote: 'Fine, an officer will choose the right business activity.',
  helpKbliPick: "KBLI is the business activity code in OSS. Pick the one closest to your business. If unsure, type DON'T KNOW.",

  askProducts: 'What *products or services* do you offer? Example: rice with peanut sauce, iced tea, fritters',
  badProducts: 'Please name the products or services. Example: rice with peanut sauce, iced tea, fritters',
  helpProducts: 'Name the goods you sell or make, or the service you provide. Several are fine, separated by commas.',

  askCapital: 'How much *business capital* is there? Count tools, materials and business money only, *NOT land and buildings* (house/stall). Example: 15 juta',
  badCapital: 'We could not read the amount. Write it in rupiah. Example: 15 juta, 2,5 jt, or 15000000',
  badCapitalZero: 'Capital cannot be zero. Just estimate the value of tools and materials. Example: 5 juta',
  askCapitalConfirm: (p) => `Business capital *${p.amount}* (without land and buildings). Correct? (yes/no)`,
  capitalNotUmk: (p) =>
    `Business capital of *${p.amount}* is above Rp 5 billion, so this is no longer a micro or small business (UMK). Its OSS registration is different and is best handled directly by the DPMPTSP. ` +
    `If the amount is right, reply YES and we will pass the application to the DPMPTSP. If it is wrong, reply NO and type the capital again.`,
  helpCapital: 'Business capital = the value of tools, machines, materials, stock and money for the business. Houses, stalls and land are NOT counted. An estimate is enough.',

  askLandArea: 'How large is the *place of business* (square metres)? Example: 20 m2. If you work from home, estimate the part you use.',
  badLandArea: 'We could not read the area. Example: 20 m2, 4x5 meter, or 1 hektar',
  helpLandArea: 'Multiply length by width of the place. For example a 4 m by 5 m stall = 20 m2.',

  askWorkers: 'How many *people work* in the business, including yourself? Example: 2',
  badWorkers: 'We could not read the number of workers. Type a number. Example: 2',
  helpWorkers: 'Count everyone who works, including the owner and family members who help.',

  askSameAddress: 'Is the *business address the same as the KTP address*? (yes/no)',
  helpSameAddress: 'Answer YES if the business runs at the home on your KTP. Answer NO if it is somewhere else.',
  askBusinessAddress: 'Please type the *address of the place of business* (street/hamlet, RT/RW). Example: Jl. Raya Sumberejo No. 5 RT 01 RW 03',
  helpBusinessAddress: 'Write the business address as fully as possible: street or hamlet, number, RT/RW.',

  askVillage: (p) => `In which *village (desa/kelurahan)* is the business? (in ${p.regency}) Example: Sumberejo`,
  villageFound: (p) => `Village: *${p.village}*, ${p.district} sub-district.`,
  villageAmbiguous: (p) => `There are several villages called *${p.name}*. In which sub-district? Type the number:\n${p.list}`,
  villageSameDistrict: (p) => `There is more than one in that sub-district. Type the number:\n${p.list}`,
  villageNone: (p) => `We did not find that village. Did you mean one of these? Type the number, or type the name again:\n${p.list}`,
  villageNoneEmpty: (p) => `We did not find that village in ${p.area}. Please check the spelling and type it again. Example: Sumberejo`,
  villageOption: (p) => `${p.n}. ${p.village} (${p.district} sub-district)`,
  districtOption: (p) => `${p.n}. ${p.district} sub-district`,
  badVillagePick: (p) => `Please type a number from 1 to ${p.max}, or type the village name again.`,
  helpVillage: 'Type only the name of the village where the business is, without the word "desa". We serve this regency/city only.',

  askPostalCode: "What is the *postal code* of the business? (5 digits) Example: 66151. If you don't know, type DON'T KNOW.",
  badPostalCode: "A postal code has 5 digits. Example: 66151, or type DON'T KNOW.",
  helpPostalCode: "The postal code is on electricity or water bills, or ask the village office. If you don't know, type DON'T KNOW; the officer will fill it in.",

  askLegalForm: 'In whose name is the business? Type a number:\n1. Individual (in your own name)\n2. UD\n3. CV\n4. PT',
  badLegalForm: 'Please type 1, 2, 3 or 4. Most small businesses choose 1 (individual).',
  legalFormDpmptsp: (p) =>
    `A business registered as ${p.form} uses the OSS website and is served directly by the DPMPTSP, not by village officers. ` +
    `You can still continue; we will pass the application to the DPMPTSP. Please also prepare the deed of establishment and the details of the managers.`,
  helpLegalForm: "If the business is in your own name and has no notary deed, choose 1 (individual). UD, CV and PT have a deed of establishment.",
  legalPerseorangan: 'individual',
  legalUd: 'UD',
  legalCv: 'CV',
  legalPt: 'PT',

  askDeclaration:
    'Finally, OSS asks for a *self-declaration*. By answering YES you promise:\n' +
    '1. to keep work safe and healthy and protect the environment;\n' +
    '2. to meet the standards for your products/services;\n' +
    '3. to obtain halal certification if your products require it;\n' +
    '4. to run the business at a location allowed by spatial planning;\n' +
    '5. to manage the environment well (SPPL statement).\n' +
    'Do you agree? (yes/no)',
  declarationRefused: 'OSS can only issue an NIB when this declaration is accepted. If you have a question, type HELP. If you agree, reply YES; if you do not want to continue, type CANCEL.',
  helpDeclaration: 'This declaration is required by OSS for every micro and small business. It is a promise to run the business safely, to standard, and within environmental and spatial rules.',

  summary: (p) =>
    `*Summary of your data:*\n${p.items}\n\nIf everything is right, type *SEND*.\nTo change something, type CHANGE and the number, e.g. CHANGE 3.`,
  summaryLine: (p) => `${p.n}. ${p.label}: ${p.value}`,
  badSummary: (p) => `Type SEND if the data is right, or CHANGE and a number from 1 to ${p.max} to change it. Example: CHANGE 3`,
  helpSummary: 'Check all the data. If something is wrong, type CHANGE and its number (e.g. CHANGE 2). If all is right, type SEND.',
  labelHasNib: 'Already has an NIB',
  labelNik: 'NIK',
  labelBirth: 'Birth date / sex',
  labelName: 'Full name',
  labelKtpAddress: 'KTP address',
  labelKtpPhoto: 'KTP photo',
  labelPhone: 'Mobile number',
  labelEmail: 'Email',
  labelNpwp: 'NPWP',
  labelOperating: 'Business already running',
  labelBusinessName: 'Business name',
  labelActivity: 'Business activity',
  labelKbli: 'KBLI',
  labelProducts: 'Products/services',
  labelCapital: 'Capital (without land & buildings)',
  labelLandArea: 'Business area',
  labelWorkers: 'Number of workers',
  labelBusinessAddress: 'Business address',
  labelVillage: 'Village',
  labelPostalCode: 'Postal code',
  labelLegalForm: 'Legal form',
  labelDeclaration: 'Self-declaration',
  valueYes: 'yes',
  valueNo: 'no',
  valueSent: 'sent',
  valueSkipped: 'not sent',
  valueNoEmail: 'none yet (help requested)',
  valueNone: '-',
  valueUnknown: "don't know",
  valueKbliUnknown: 'to be chosen by the officer',
  valueAgreed: 'agreed',
  valueSameAsKtp: 'same as the KTP address',
  valueExistingNib: (p) => `yes, ${p.nib} (add ${p.what})`,
  valueLandArea: (p) => `${p.area} m²`,
  valueWorkers: (p) => `${p.count} people`,
  valueVillage: (p) => `${p.village}, ${p.district} sub-district, ${p.regency}`,

  caseCreated: (p) =>
    `✅ Thank you! We received your data under application number *${p.caseId}*.\n` +
    `An officer will check it and contact you on this WhatsApp ${p.when}. ` +
    `When the OSS account is created, OSS sends a code over WhatsApp: give that code ONLY to the officer who is helping you.\n` +
    `Type STATUS at any time to see the progress. Remember, this service is FREE.`,
  whenToday: 'today during working hours',
  whenNext: (p) => `from the next working day, ${p.at}`,
  editDone: 'Changed.',
};
