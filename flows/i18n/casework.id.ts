// Indonesian (default) messages of the casework: what operators, coordinators and applicants read
// while a submitted case moves from the queue to an issued NIB.

type P<K extends string> = Readonly<Record<K, string>>;

export const caseworkId = {
  // Desks, as named to people.
  deskNameVillage: (p: P<'name'>) => `Kantor Desa/Kelurahan ${p.name}`,
  deskNameDistrict: (p: P<'name'>) => `Kantor Kecamatan ${p.name}`,
  deskNameRegency: (p: P<'name'>) => `DPMPTSP ${p.name}`,

  // Operators.
  opNewCase: (p: P<'caseId' | 'desk' | 'village' | 'business' | 'kbli' | 'nik' | 'since'>) =>
    `📋 *Kasus baru ${p.caseId}* untuk ${p.desk}\nDesa: ${p.village}\nUsaha: ${p.business}\nKBLI: ${p.kbli}\nNIK: ${p.nik}\nMenunggu sejak: ${p.since}\n` +
    `Ketik *KLAIM ${p.caseId}* untuk mengambil kasus ini.`,
  opKbliUnknown: 'belum dipilih (bantu pemohon memilih)',
  opQueueEmpty: 'Tidak ada kasus yang menunggu di meja Anda. 👍',
  opQueueHeader: (p: P<'count'>) => `*Antrian* (${p.count} kasus menunggu):`,
  opQueueLine: (p: P<'n' | 'caseId' | 'village' | 'business' | 'since'>) => `${p.n}. ${p.caseId} – ${p.business}, ${p.village} (sejak ${p.since})`,
  opQueueFooter: 'Ketik KLAIM 1 untuk mengambil kasus nomor 1 (atau KLAIM <nomor kasus>).',
  opMyCasesEmpty: 'Anda belum memegang kasus. Ketik ANTRIAN untuk melihat kasus yang menunggu.',
  opMyCasesHeader: (p: P<'count' | 'max'>) => `*Kasus Anda* (${p.count} dari paling banyak ${p.max}):`,
  opMyCaseLine: (p: P<'caseId' | 'business' | 'stage'>) => `• ${p.caseId} – ${p.business}: ${p.stage}`,
  opClaimed: (p: P<'caseId'>) =>
    `✅ Kasus ${p.caseId} sekarang Anda pegang. Ketik *DETAIL ${p.caseId}* untuk data lengkap dan foto KTP. Pemohon sudah diberi tahu.`,
  opClaimTaken: (p: P<'caseId' | 'name'>) => `Kasus ${p.caseId} sudah diambil oleh ${p.name}. Ketik ANTRIAN untuk kasus lain.`,
  opClaimOwn: (p: P<'caseId'>) => `Kasus ${p.caseId} memang sudah Anda pegang.`,
  opClaimCap: (p: P<'max'>) =>
    `Anda sudah memegang ${p.max} kasus, batas Anda. Selesaikan atau LEPAS salah satu dulu, lalu KLAIM lagi.`,
  opCaseNotOpen: (p: P<'caseId' | 'stage'>) => `Kasus ${p.caseId} tidak bisa diubah lagi: ${p.stage}.`,
  opReleased: (p: P<'caseId'>) => `Kasus ${p.caseId} dikembalikan ke antrian meja. Terima kasih.`,
  opUnknownCase: (p: P<'caseId'>) => `Kasus ${p.caseId} tidak ditemukan. Periksa nomornya (contoh: LK-7KQ2M) atau ketik ANTRIAN.`,
  opNotYourDesk: (p: P<'caseId'>) => `Maaf, kasus ${p.caseId} bukan untuk meja Anda, jadi tidak bisa Anda ubah.`,
  opNotClaimer: (p: P<'caseId' | 'name'>) => `Maaf, kasus ${p.caseId} dipegang oleh ${p.name}. Hanya pemegang kasus yang bisa melakukannya.`,
  opNotClaimedYet: (p: P<'caseId'>) => `Kasus ${p.caseId} belum diambil. Ketik *KLAIM ${p.caseId}* dulu.`,
  opInactive: 'Akun petugas Anda sedang tidak aktif. Hubungi koordinator DPMPTSP bila ini keliru.',
  opStranger: 'Maaf, perintah itu hanya untuk petugas Loket yang terdaftar. Bila Anda ingin mendaftar NIB, ketik MENU.',
  opDetailHeader: (p: P<'caseId' | 'stage' | 'desk'>) => `*DETAIL ${p.caseId}* – ${p.stage} (${p.desk})\nUrutan sesuai formulir OSS:`,
  opDetailSection: (p: P<'title'>) => `\n*${p.title}*`,
  opDetailLine: (p: P<'label' | 'value'>) => `${p.label}: ${p.value}`,
  opKtpCaption: (p: P<'caseId'>) => `Foto KTP ${p.caseId} (hanya untuk pengisian OSS)`,
  opKtpGone: (p: P<'caseId'>) => `Foto KTP ${p.caseId} sudah dihapus setelah NIB terkirim.`,
  opKtpMissing: (p: P<'caseId'>) => `Kasus ${p.caseId} tidak punya foto KTP.`,
  opAskSent: (p: P<'caseId'>) => `Pertanyaan untuk ${p.caseId} sudah dikirim ke pemohon. Jawabannya akan diteruskan ke sini.`,
  opAnswer: (p: P<'caseId' | 'text'>) => `💬 Jawaban pemohon ${p.caseId}:\n${p.text}`,
  opAnswerMedia: (p: P<'caseId'>) => `💬 Pemohon ${p.caseId} mengirim berkas sebagai jawaban.`,
  opCodeRequested: (p: P<'caseId'>) =>
    `Pemohon ${p.caseId} diminta meneruskan kode OSS. Kode akan diteruskan ke sini satu kali dan tidak disimpan (berlaku 10 menit).`,
  opCode: (p: P<'caseId' | 'code'>) => `🔑 Kode OSS dari pemohon ${p.caseId}: *${p.code}*\nKode ini tidak disimpan Loket.`,
  opDeferred: (p: P<'caseId' | 'when'>) => `Kasus ${p.caseId} ditunda. Anda akan diingatkan ${p.when}. Pemohon sudah diberi tahu.`,
  opOssRetry: (p: P<'caseId' | 'reason'>) => `⏰ Pengingat: kasus ${p.caseId} ditunda (“${p.reason}”). Silakan coba lagi di OSS.`,
  opNibInvalid: (p: P<'count'>) =>
    `NIB harus 13 angka, yang Anda kirim ${p.count} angka. Kirim lagi, contoh: NIB LK-7KQ2M 1234567890123`,
  opNibRecorded: (p: P<'caseId'>) =>
    `🎉 NIB untuk ${p.caseId} tercatat dan sedang dikirim ke pemohon. Bila ada PDF NIB, kirim sebagai dokumen di pesan berikutnya.`,
  opNibAlready: (p: P<'caseId' | 'nib'>) => `NIB ${p.caseId} sudah tercatat: ${p.nib}. Tidak dikirim dua kali.`,
  opNibPdfRelayed: (p: P<'caseId'>) => `PDF NIB ${p.caseId} diteruskan ke pemohon.`,
  opRejected: (p: P<'caseId'>) => `Kasus ${p.caseId} ditolak dan pemohon sudah diberi tahu alasannya.`,
  opClaimReminder: (p: P<'caseId' | 'since'>) =>
    `⏰ Kasus ${p.caseId} Anda pegang sejak ${p.since} tanpa kemajuan. Lanjutkan, TUNDA dengan alasan, atau LEPAS bila tidak sempat.`,
  opClaimExpired: (p: P<'caseId'>) => `Kasus ${p.caseId} dikembalikan ke antrian karena lama tidak ada kemajuan. Koordinator sudah diberi tahu.`,
  opDeskReminder: (p: P<'caseId' | 'since'>) => `⏰ Kasus ${p.caseId} menunggu sejak ${p.since} dan belum diambil. Ketik *KLAIM ${p.caseId}*.`,
  opBackInQueue: (p: P<'caseId'>) => `Kasus ${p.caseId} kembali ke antrian. Ketik *KLAIM ${p.caseId}* untuk mengambil.`,
  opUnknownCommand: 'Perintah tidak dikenal. Ketik BANTUAN untuk daftar perintah.',
  opSuggest: (p: P<'command'>) => `Perintah tidak dikenal. Maksud Anda *${p.command}*? Ketik BANTUAN untuk daftar perintah.`,
  opMissingCaseId: (p: P<'usage'>) => `Nomor kasusnya belum ada. Contoh: ${p.usage}`,
  opBadCaseId: (p: P<'usage'>) => `Nomor kasus tidak terbaca. Nomor kasus seperti LK-7KQ2M. Contoh: ${p.usage}`,
  opMissingArgument: (p: P<'usage'>) => `Ada yang kurang. Contoh: ${p.usage}`,
  opHelp:
    '*Perintah petugas* (<no> = nomor kasus, mis. LK-7KQ2M)\n1. ANTRIAN – kasus yang menunggu\n2. KLAIM <no> atau KLAIM 1 – ambil kasus\n' +
    '3. DETAIL <no> – data + foto KTP untuk OSS\n4. TANYA <no> <pertanyaan> – tanya pemohon\n5. KODE <no> – minta kode OSS\n' +
    '6. DIAJUKAN <no> – sudah diajukan di OSS\n7. NIB <no> <13 angka> – catat NIB\n' +
    'Lainnya: KASUS · TUNDA <no> <alasan> · LEPAS <no> · TOLAK <no> <alasan> · BALAS <BT-…> <pesan>\n' +
    'Tips: balas (reply) pesan kasus cukup dengan perintahnya, mis. KLAIM.',
  opNotStaffCommand: 'Perintah itu hanya untuk grup koordinator. Ketik BANTUAN untuk perintah petugas.',
  opHelpRequest: (p: P<'ref' | 'applicant' | 'place' | 'question' | 'recent' | 'why'>) =>
    `🙋 *Permintaan bantuan ${p.ref}* (${p.why})\nPemohon ${p.applicant}, ${p.place}\nSedang di pertanyaan: ${p.question}\nPesan terakhir:\n${p.recent}\n` +
    `Balas lewat Loket: *BALAS ${p.ref} <pesan>*`,
  opHelpWhyAsked: 'pemohon minta dibantu',
  opHelpWhyStuck: 'pemohon kesulitan menjawab',
  opHelpPlaceUnknown: 'desa belum diketahui',
  opHelpPlace: (p: P<'village' | 'district'>) => `Desa ${p.village}, Kec. ${p.district}`,
  opHelpNoRecent: '(belum ada)',
  opHelpForward: (p: P<'ref' | 'text'>) => `💬 Pemohon ${p.ref}:\n${p.text}\nBalas: BALAS ${p.ref} <pesan>`,
  opHelpForwardMedia: (p: P<'ref'>) => `💬 Pemohon ${p.ref} mengirim berkas. Balas: BALAS ${p.ref} <pesan>`,
  opReplySent: (p: P<'ref'>) => `Balasan untuk ${p.ref} sudah dikirim ke pemohon.`,
  opReplyUnknown: (p: P<'ref'>) => `Nomor ${p.ref} tidak ditemukan atau sudah lewat 30 hari.`,
  opReplyNotYours: (p: P<'ref'>) => `Maaf, ${p.ref} bukan untuk meja Anda.`,
  opApplicantMessage: (p: P<'caseId' | 'text'>) => `💬 Pesan pemohon ${p.caseId}:\n${p.text}\nBalas lewat TANYA ${p.caseId} <pesan>.`,
  opApplicantMedia: (p: P<'caseId'>) => `💬 Pemohon ${p.caseId} mengirim berkas.`,

  // Coordinators.
  coQueueEscalation: (p: P<'caseId' | 'desk' | 'since' | 'village'>) =>
    `⚠️ Kasus ${p.caseId} (${p.village}) di ${p.desk} belum diambil sejak ${p.since}. Meja sudah diingatkan.`,
  coClaimEscalation: (p: P<'caseId' | 'name' | 'since'>) =>
    `⚠️ Kasus ${p.caseId} dipegang ${p.name} sejak ${p.since} tanpa kemajuan dan dikembalikan ke antrian.`,
  coDigest: (p: P<'queued' | 'claimed' | 'waiting' | 'issued' | 'rejected' | 'oldest'>) =>
    `*Ringkasan Loket*\nMenunggu: ${p.queued}\nDiproses: ${p.claimed}\nDitunda (OSS): ${p.waiting}\nNIB terbit: ${p.issued}\nDitolak: ${p.rejected}\nTertua di antrian: ${p.oldest}`,
  coDigestNone: '-',
  coHelp: '*Perintah koordinator*\n• RINGKASAN – hari ini + grafik\n• REKAP [minggu ini|bulan ini|2026-10]\n' +
    '• CARI <no/desa>\n• RIWAYAT <no>\n• OPERATOR – petugas & kasusnya\n' +
    '• TUGASKAN <no> <HP/nama> – alihkan\n• NAIKKAN <no> – ke meja di atasnya\n• TAMBAH OPERATOR <HP> <wilayah> <nama>\n' +
    '• NONAKTIF <HP> – kasusnya ke antrian\n• OSS GANGGUAN / OSS NORMAL\n• SIARAN <pesan> – ke pemohon yang setuju\n' +
    '• BALAS <nomor> <pesan> – jawab aduan/bantuan\n• BANTUAN – daftar ini',
  coComplaint: (p: P<'ref' | 'applicant' | 'caseId' | 'text'>) =>
    `📣 *Aduan ${p.ref}* dari pemohon ${p.applicant} (pengajuan ${p.caseId}):\n“${p.text}”\nBalas lewat Loket: *BALAS ${p.ref} <pesan>*`,

  // Applicants.
  apDispatched: (p: P<'caseId' | 'desk' | 'when'>) =>
    `📨 Pengajuan ${p.caseId} sudah diteruskan ke ${p.desk}. Petugas akan memprosesnya ${p.when}. Ketik STATUS kapan saja.`,
  apClaimed: (p: P<'caseId' | 'desk'>) =>
    `👩‍💼 Pengajuan ${p.caseId} sedang disiapkan petugas ${p.desk}. Bila diminta, berikan kode dari OSS HANYA lewat chat ini.`,
  apBackInQueue: (p: P<'caseId'>) => `Pengajuan ${p.caseId} sedang dialihkan ke petugas lain. Data Bapak/Ibu tetap aman.`,
  apQuestion: (p: P<'caseId' | 'question'>) => `❓ Petugas bertanya tentang pengajuan ${p.caseId}:\n“${p.question}”\nBalas pesan ini dengan jawaban Bapak/Ibu.`,
  apAnswerForwarded: 'Terima kasih, jawaban Bapak/Ibu sudah diteruskan ke petugas.',
  apCodeRequest: (p: P<'caseId'>) =>
    `🔑 Petugas sedang mendaftarkan pengajuan ${p.caseId} di OSS. Sebentar lagi OSS mengirim kode ke WhatsApp/SMS nomor Bapak/Ibu. ` +
    'Teruskan kode itu ke chat ini dalam 10 menit. Jangan berikan kode kepada siapa pun di luar chat ini.',
  apCodeForwarded: 'Kode sudah diteruskan ke petugas dan tidak disimpan. Terima kasih.',
  apDeferred: (p: P<'caseId' | 'reason' | 'when'>) =>
    `⏳ Pengajuan ${p.caseId} ditunda sebentar: ${p.reason}. Petugas akan mencoba lagi ${p.when}. Data Bapak/Ibu tidak hilang.`,
  apNib: (p: P<'caseId' | 'nib' | 'business'>) =>
    `🎉 Selamat! NIB untuk usaha *${p.business}* sudah terbit.\nNIB: *${p.nib}* (pengajuan ${p.caseId})\n\n` +
    'Dengan NIB, usaha Bapak/Ibu resmi terdaftar: bisa dipakai untuk mengajukan KUR dan bantuan usaha, sertifikasi halal, ' +
    'dan menjadi pemasok. Simpan nomor ini baik-baik.\n\n' +
    'Bagaimana layanan kami? Balas dengan angka *1* (kurang) sampai *5* (sangat baik).',
  apNibPdfCaption: (p: P<'caseId'>) => `Dokumen NIB (pengajuan ${p.caseId})`,
  apRejected: (p: P<'caseId' | 'reason'>) =>
    `Mohon maaf, pengajuan ${p.caseId} tidak bisa diproses: ${p.reason}\nKetik PETUGAS untuk bertanya kepada petugas, atau MENU untuk mendaftar lagi.`,
  apRatingThanks: (p: P<'rating'>) => `Terima kasih atas nilai ${p.rating}! Masukan Bapak/Ibu membantu kami melayani lebih baik.`,
  apKtpDeleted: 'Foto KTP Bapak/Ibu sudah kami hapus karena NIB sudah terkirim.',

  // The dossier, in the order of the OSS form.
  dossierIdentity: 'Data pemilik',
  dossierContact: 'Kontak',
  dossierBusiness: 'Data usaha',
  dossierLocation: 'Lokasi usaha',
  dossierNotes: 'Catatan',
  fieldNik: 'NIK',
  fieldName: 'Nama lengkap',
  fieldBirthDate: 'Tanggal lahir',
  fieldGender: 'Jenis kelamin',
  fieldKtpAddress: 'Alamat KTP',
  fieldPhone: 'Nomor HP/WhatsApp',
  fieldEmail: 'Email',
  fieldNpwp: 'NPWP',
  fieldKind: 'Jenis pengajuan',
  fieldExistingNib: 'NIB lama',
  fieldLegalForm: 'Bentuk usaha',
  fieldBusinessName: 'Nama usaha',
  fieldActivity: 'Kegiatan',
  fieldKbli: 'KBLI',
  fieldProducts: 'Produk/jasa',
  fieldCapital: 'Modal usaha',
  fieldWorkers: 'Tenaga kerja',
  fieldLandArea: 'Luas lahan (m²)',
  fieldOperating: 'Sudah berjalan',
  fieldAddress: 'Alamat usaha',
  fieldVillage: 'Desa/Kelurahan',
  fieldDistrict: 'Kecamatan',
  fieldPostalCode: 'Kode pos',
  valueFemale: 'perempuan',
  valueMale: 'laki-laki',
  valueKindNew: 'NIB baru',
  valueKindAmendment: 'perubahan NIB',
  noteNeedsEmail: 'Pemohon belum punya email: bantu buatkan.',
  noteKbliUnknown: 'KBLI belum dipilih: tentukan bersama pemohon.',
  notePostalUnknown: 'Kode pos belum diketahui: isi sesuai desa.',
  noteNpwpIsNik: 'NPWP: pakai NIK.',
  noteCompany: 'CV/PT: hubungi pemohon untuk akta, SK Kemenkumham dan data pengurus.',
  dossierMessages: 'Pesan pemohon setelah mengirim',
};
