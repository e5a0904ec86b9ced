// Indonesian (default) messages shared by every conversation: menu, global commands, media that
// cannot be used, inactivity, case status. Plain words for people new to chat services.

export const commonId = {
  weekdayNames: 'Minggu|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu',
  monthNames: 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember',
  hoursLine: (p: { days: string; from: string; to: string; zone: string }) => `${p.days} pukul ${p.from}–${p.to} ${p.zone}`,
  hoursClosed: (p: { days: string }) => `${p.days} dan hari libur nasional tutup.`,
  hoursHolidaysClosed: 'Hari libur nasional tutup.',
  listJoin: ', ',
  internalError: 'Maaf, ada gangguan di sistem kami. Jawaban Bapak/Ibu tidak hilang; silakan kirim lagi sebentar lagi.',

  menu: (p: { first: string }) =>
    `*MENU LOKET*\nKetik angkanya:\n1. ${p.first}\n2. Cek STATUS pengajuan\n3. BANTUAN (penjelasan)\n4. Bicara dengan PETUGAS\n5. ADUAN / keluhan\n6. Ganti bahasa (English)\n7. HAPUS DATA saya`,
  menuFirstNew: 'Daftar NIB baru',
  menuFirstContinue: 'Lanjutkan pendaftaran',
  menuUnknown: 'Maaf, pilihan itu tidak ada. Ketik angka 1 sampai 7, atau ketik 1 untuk kembali ke pertanyaan.',
  helpGeneral:
    'Loket membantu Bapak/Ibu mendapatkan NIB (Nomor Induk Berusaha) secara GRATIS. Perintah yang bisa diketik kapan saja:\n' +
    '• PETUGAS – minta dibantu orang\n• KEMBALI – ke pertanyaan sebelumnya\n• STATUS – cek pengajuan\n• ADUAN – sampaikan keluhan\n' +
    '• BATAL – batalkan pendaftaran\n• BAHASA – ganti bahasa\n• HAPUS DATA – hapus semua data Bapak/Ibu\n• MENU – daftar pilihan',
  offerPerson: 'Sepertinya pertanyaan ini membingungkan, maaf. Mau dibantu petugas? Ketik *PETUGAS*, petugas akan membalas di WhatsApp ini. Atau coba jawab lagi:',
  helpRequested: (p: { ref: string; when: string }) =>
    `Baik, kami sudah meminta petugas membantu (nomor ${p.ref}). Petugas akan membalas di WhatsApp ini ${p.when}. Jawaban Bapak/Ibu tetap tersimpan; sambil menunggu, boleh dilanjutkan.`,
  helpAlreadyOpen: (p: { ref: string }) => `Petugas sudah kami hubungi (nomor ${p.ref}) dan akan membalas di sini. Mohon ditunggu 🙏`,
  helpForwarded: (p: { ref: string }) => `Pesan Bapak/Ibu sudah kami teruskan ke petugas (${p.ref}).`,
  helpQuestionNone: '(belum mulai mengisi)',
  staffMessage: (p: { name: string; text: string; ref: string }) => `💬 Pesan dari petugas ${p.name} (${p.ref}):\n${p.text}`,
  complaintAsk: 'Silakan tulis aduan atau keluhan Bapak/Ibu dalam satu pesan. Aduan dibaca koordinator DPMPTSP. (Ketik BATAL kalau tidak jadi.)',
  complaintFiled: (p: { ref: string }) => `Aduan Bapak/Ibu sudah kami terima dengan nomor *${p.ref}*. Koordinator DPMPTSP akan menindaklanjuti dan membalas di sini. Terima kasih.`,
  waitOk: 'Baik, silakan 🙏 Jawaban Bapak/Ibu tersimpan; lanjutkan kapan saja.',
  youAreWelcome: 'Sama-sama 🙏 Ketik STATUS untuk melihat perkembangan pengajuan, atau MENU untuk pilihan lain.',
  caseMessageSent: (p: { caseId: string }) => `Pesan Bapak/Ibu sudah kami teruskan ke petugas yang menangani ${p.caseId}.`,
  caseMessageWaiting: (p: { caseId: string }) => `Pengajuan ${p.caseId} masih menunggu diambil petugas. Pesan Bapak/Ibu sudah kami catat dan akan dibaca petugas. Untuk pilihan lain, ketik MENU.`,
  caseMessageClosed: (p: { caseId: string }) => `Pengajuan ${p.caseId} sudah selesai diproses.`,
  backNothing: 'Ini sudah pertanyaan pertama.',

  cancelConfirm: 'Yakin ingin membatalkan pendaftaran? Semua jawaban yang sudah diisi akan dihapus. Balas YA untuk membatalkan atau TIDAK untuk melanjutkan.',
  cancelDone: 'Pendaftaran sudah dibatalkan dan jawaban Bapak/Ibu sudah dihapus. Kirim pesan apa saja kalau ingin mulai lagi.',
  cancelKept: 'Baik, pendaftaran dilanjutkan.',
  cancelNothing: 'Tidak ada pendaftaran yang sedang berjalan.',

  eraseConfirm:
    'HAPUS DATA akan menghapus semua data Bapak/Ibu di Loket: jawaban, foto KTP dan pengajuan yang masih diproses (pengajuan itu ikut dihentikan). ' +
    'Balas YA untuk menghapus atau TIDAK untuk batal.',
  eraseDone: 'Semua data Bapak/Ibu sedang dihapus (paling lambat 3×24 jam). Terima kasih sudah menggunakan Loket.',
  eraseKept: 'Baik, data tidak dihapus.',

  languageSwitched: 'Baik, kita lanjut dalam Bahasa Indonesia.',

  statusLooking: 'Sebentar, kami cek dulu pengajuan Bapak/Ibu…',
  statusNone: 'Belum ada pengajuan NIB atas nomor ini. Ketik MENU lalu 1 untuk mendaftar.',
  statusHeader: 'Pengajuan Bapak/Ibu:',
  statusCase: (p: { caseId: string; stage: string; desk: string; next: string }) =>
    `• *${p.caseId}*: ${p.stage}${p.desk}\n  Selanjutnya: ${p.next}`,
  statusDesk: (p: { desk: string }) => ` (ditangani ${p.desk})`,
  statusNib: (p: { nib: string }) => `NIB Bapak/Ibu: ${p.nib}`,
  deskVillage: 'kantor desa/kelurahan',
  deskDistrict: 'kantor kecamatan',
  deskRegency: 'DPMPTSP',
  stageQueued: 'menunggu diambil petugas',
  stageClaimed: 'sedang disiapkan petugas',
  stageFiled: 'sudah diajukan di OSS',
  stageWaitingOss: 'menunggu sistem OSS bisa dipakai lagi',
  stageNibIssued: 'NIB sudah terbit',
  stageClosed: 'selesai',
  stageRejected: 'tidak bisa diproses',
  stageCancelled: 'dibatalkan',
  stageUnknown: 'sedang diproses',
  nextQueued: 'petugas akan menghubungi Bapak/Ibu lewat WhatsApp pada jam kerja.',
  nextClaimed: 'petugas mungkin menanyakan kode OTP dari OSS. Berikan kodenya HANYA kepada petugas saat diminta.',
  nextFiled: 'tunggu NIB terbit; kami kirim ke WhatsApp ini.',
  nextWaitingOss: 'petugas akan mencoba lagi begitu OSS bisa dipakai. Data Bapak/Ibu tidak hilang.',
  nextNibIssued: 'simpan NIB dan file PDF-nya baik-baik.',
  nextClosed: 'tidak ada lagi yang perlu dilakukan.',
  nextRejected: 'petugas akan menjelaskan alasannya. Ketik MENU untuk mendaftar lagi.',
  nextCancelled: 'ketik MENU untuk mendaftar lagi jika perlu.',
  nextUnknown: 'petugas akan mengabari Bapak/Ibu.',

  mediaAudio: 'Maaf, kami belum bisa mendengarkan pesan suara.',
  mediaVideo: 'Maaf, kami belum bisa membuka video.',
  mediaSticker: 'Terima kasih stikernya 🙂',
  mediaLocation: 'Terima kasih, tetapi lokasi peta belum bisa kami pakai.',
  mediaContact: 'Maaf, kartu kontak belum bisa kami pakai.',
  mediaImage: 'Terima kasih, tetapi untuk pertanyaan ini kami belum butuh foto atau file.',
  mediaOther: 'Maaf, pesan jenis ini belum bisa kami baca.',
  mediaExpectText: 'Mohon ketik jawabannya saja.',
  mediaTooLarge: (p: { limit: string }) => `Maaf, file itu terlalu besar. Ukuran paling besar ${p.limit}. Coba kirim foto biasa (bukan dokumen asli resolusi tinggi), atau ketik LEWATI.`,

  reminder: (p: { deadline: string }) =>
    `Halo, pendaftaran NIB Bapak/Ibu belum selesai. Silakan lanjutkan kapan saja. Jika tidak dilanjutkan, jawaban yang belum dikirim akan dihapus pada ${p.deadline}.`,
  expired: 'Karena lama tidak ada balasan, jawaban pendaftaran yang belum selesai sudah kami hapus. Kirim pesan apa saja kalau ingin mulai lagi.',
  dateTime: (p: { weekday: string; day: string; month: string; year: string; time: string; zone: string }) =>
    `${p.weekday}, ${p.day} ${p.month} ${p.year} pukul ${p.time} ${p.zone}`,

  submitting: 'Data Bapak/Ibu sedang kami kirim ke petugas. Mohon tunggu sebentar.',
  idle: 'Ada yang bisa kami bantu? Ketik MENU untuk melihat pilihan, atau STATUS untuk cek pengajuan.',
} as const;
