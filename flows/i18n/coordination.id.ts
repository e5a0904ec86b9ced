// Coordination: the coordinators' actions (TUGASKAN, NAIKKAN, TAMBAH OPERATOR, NONAKTIF, OSS, SIARAN),
// the operators' DIAJUKAN and KLAIM 1, and the applicants' agreement to announcements, in Indonesian.

type P<K extends string> = Readonly<Record<K, string>>;

export const coordinationId = {
  coUsage: (p: { usage: string }) => `Perintah kurang lengkap. Contoh: ${p.usage}`,
  coNotCoordinator: 'Maaf, perintah itu hanya untuk koordinator yang terdaftar di Loket.',

  // The coordinators' group.
  coCaseUnknown: (p: P<'caseId'>) => `Kasus ${p.caseId} tidak ditemukan. Periksa nomornya (contoh: LK-7KQ2M).`,
  coCaseClosed: (p: P<'caseId' | 'stage'>) => `Kasus ${p.caseId} tidak bisa diubah lagi: ${p.stage}.`,
  coCaseChanged: (p: P<'caseId'>) => `Kasus ${p.caseId} baru saja berubah (diambil atau dipindah petugas lain). Periksa lalu ketik perintahnya lagi.`,
  coOperatorUnknown: (p: P<'typed'>) => `Petugas “${p.typed}” tidak ada di daftar petugas aktif. Tulis nomor HP atau namanya.`,
  coOperatorAmbiguous: (p: P<'typed' | 'names'>) => `Ada beberapa petugas “${p.typed}”: ${p.names}. Tulis nomor HP-nya.`,
  coOperatorInactive: (p: P<'name'>) => `${p.name} sedang nonaktif. Pilih petugas lain.`,
  coOperatorNotDesk: (p: P<'name' | 'caseId' | 'desk'>) =>
    `${p.name} tidak melayani ${p.desk}, meja kasus ${p.caseId}. Pilih petugas lain, atau NAIKKAN kasusnya dulu.`,
  coOperatorCap: (p: P<'name' | 'max'>) => `${p.name} sudah memegang ${p.max} kasus, batasnya. Pilih petugas lain.`,
  coReassignSame: (p: P<'caseId' | 'name'>) => `Kasus ${p.caseId} memang dipegang ${p.name}.`,
  coReassigned: (p: P<'caseId' | 'name'>) => `✅ Kasus ${p.caseId} ditugaskan ke ${p.name}. Petugas dan pemohon sudah diberi tahu.`,
  coReassignedFrom: (p: P<'caseId' | 'name' | 'previous'>) =>
    `✅ Kasus ${p.caseId} dialihkan dari ${p.previous} ke ${p.name}. Keduanya dan pemohon sudah diberi tahu.`,
  coEscalated: (p: P<'caseId' | 'desk'>) => `⬆️ Kasus ${p.caseId} dinaikkan ke ${p.desk}. Meja itu dan pemohon sudah diberi tahu.`,
  coEscalateTop: (p: P<'caseId'>) => `Kasus ${p.caseId} sudah di DPMPTSP, meja paling atas. Pakai TUGASKAN untuk memilih petugasnya.`,
  coBadPhone: (p: P<'typed'>) => `Nomor HP “${p.typed}” tidak terbaca. Tulis nomor seluler Indonesia, contoh 081234500002.`,
  coBadArea: (p: P<'area'>) =>
    `Kode wilayah ${p.area} bukan wilayah layanan ini. Pakai kode Kemendagri desa, kecamatan atau kabupaten, contoh 35.05.02.2007.`,
  coBadName: 'Nama petugas harus 1 sampai 80 huruf.',
  coOperatorAdded: (p: P<'name' | 'area'>) => `✅ ${p.name} terdaftar sebagai petugas ${p.area} dan sudah diberi pesan sambutan.`,
  coOperatorReactivated: (p: P<'name' | 'area'>) => `✅ ${p.name} diaktifkan lagi sebagai petugas ${p.area} dan sudah diberi tahu.`,
  coOperatorExists: (p: P<'name' | 'area'>) => `Nomor itu sudah terdaftar atas nama ${p.name} (${p.area}). Tidak ada yang diubah.`,
  coMemberUnknown: 'Nomor itu tidak ada di daftar petugas.',
  coAlreadyInactive: (p: P<'name'>) => `${p.name} memang sudah nonaktif.`,
  coDeactivated: (p: P<'name' | 'count' | 'cases'>) => `${p.name} dinonaktifkan. ${p.count} kasusnya kembali ke antrian meja: ${p.cases}.`,
  coDeactivatedNoCases: (p: P<'name'>) => `${p.name} dinonaktifkan. Ia tidak sedang memegang kasus.`,
  coOssDown: (p: P<'count'>) =>
    `🔴 OSS dicatat GANGGUAN. ${p.count} kasus ditahan tanpa pengingat; pemohon dan petugasnya sudah diberi tahu. Ketik OSS NORMAL bila OSS sudah pulih.`,
  coOssUp: (p: P<'count'>) => `🟢 OSS dicatat NORMAL. ${p.count} kasus dilanjutkan; petugas diingatkan dan pemohon diberi tahu.`,
  coOssNotDown: 'OSS memang tercatat normal: tidak ada kasus yang ditahan.',
  coBroadcastQueued: (p: P<'ref' | 'count' | 'minutes'>) =>
    `📢 Siaran ${p.ref} sedang dikirim ke ${p.count} pemohon yang setuju menerima pengumuman (selesai dalam sekitar ${p.minutes} menit).`,
  coBroadcastNobody: 'Belum ada pemohon yang setuju menerima pengumuman. Siaran tidak dikirim.',
  coBroadcastTooLong: (p: P<'count' | 'max'>) => `Pengumuman terlalu panjang (${p.count} huruf). Paling banyak ${p.max} huruf.`,

  // Operators.
  opAssignedToYou: (p: P<'caseId' | 'by'>) => `📌 Koordinator ${p.by} menugaskan kasus ${p.caseId} kepada Anda. Ketik *DETAIL ${p.caseId}* untuk data lengkap.`,
  opReassignedAway: (p: P<'caseId' | 'name' | 'by'>) =>
    `Kasus ${p.caseId} dialihkan koordinator ${p.by} ke ${p.name}. Anda tidak perlu memprosesnya lagi. Terima kasih.`,
  opEscalatedAway: (p: P<'caseId' | 'desk'>) => `Kasus ${p.caseId} dinaikkan koordinator ke ${p.desk}. Anda tidak perlu memprosesnya lagi. Terima kasih.`,
  opDeactivated: (p: P<'count'>) =>
    `Akun petugas Anda dinonaktifkan koordinator. ${p.count} kasus yang Anda pegang dikembalikan ke antrian. Terima kasih atas bantuannya.`,
  opWelcome: (p: P<'name' | 'area'>) =>
    `Selamat datang, ${p.name}! Anda terdaftar sebagai petugas Loket untuk ${p.area}. Kasus baru akan dikirim ke chat ini. Ketik BANTUAN untuk daftar perintah.`,
  opOssHeld: (p: P<'cases'>) => `🔴 OSS sedang gangguan (dicatat koordinator). Kasus Anda ditahan tanpa pengingat: ${p.cases}. Anda akan diberi tahu saat OSS normal.`,
  opOssResumed: (p: P<'cases'>) => `🟢 OSS sudah normal. Silakan lanjutkan kasus Anda di OSS: ${p.cases}.`,
  opFiled: (p: P<'caseId'>) =>
    `📤 Kasus ${p.caseId} dicatat sudah diajukan di OSS. Pemohon sudah diberi tahu. Saat NIB terbit, kirim *NIB ${p.caseId} <13 angka>*.`,
  opFiledAlready: (p: P<'caseId'>) => `Kasus ${p.caseId} memang sudah tercatat diajukan di OSS.`,
  opNoQueueList: 'Ketik ANTRIAN dulu, lalu KLAIM dengan nomor urutnya (contoh: KLAIM 1).',
  opQueueIndexUnknown: (p: P<'index' | 'count'>) => `Nomor urut ${p.index} tidak ada di daftar ANTRIAN terakhir (${p.count} kasus). Ketik ANTRIAN lagi.`,

  // Applicants.
  apReassigned: (p: P<'caseId' | 'desk'>) => `👩‍💼 Pengajuan ${p.caseId} sekarang ditangani petugas lain di ${p.desk}. Data Bapak/Ibu tetap aman.`,
  apEscalated: (p: P<'caseId' | 'desk'>) => `📨 Pengajuan ${p.caseId} diteruskan ke ${p.desk} agar segera diproses. Ketik STATUS kapan saja.`,
  apOssDown: (p: P<'caseId'>) =>
    `⏳ Sistem OSS pemerintah sedang gangguan, jadi pengajuan ${p.caseId} menunggu sebentar. Data Bapak/Ibu aman; kami kabari begitu OSS normal.`,
  apOssUp: (p: P<'caseId'>) => `✅ OSS sudah normal kembali. Petugas melanjutkan pengajuan ${p.caseId}.`,
  apFiled: (p: P<'caseId'>) => `📤 Pengajuan ${p.caseId} sudah diajukan di OSS. Tinggal menunggu NIB terbit; kami kirim ke WhatsApp ini.`,
  apAnnouncementsAsk: 'Satu pertanyaan singkat: bolehkah kami mengirim pengumuman penting tentang NIB/OSS ke nomor ini (jarang)? Balas YA atau TIDAK.',
  apAnnouncementsYes: 'Baik, kami hanya akan mengirim pengumuman penting. Ketik BERHENTI kapan saja bila tidak ingin menerimanya lagi.',
  apAnnouncementsNo: 'Baik, kami tidak akan mengirim pengumuman. Pengajuan Bapak/Ibu tetap kami proses.',
  apAnnouncementsStopped: 'Baik, Bapak/Ibu tidak akan menerima pengumuman lagi dari Loket.',
  apAnnouncement: (p: P<'text'>) => `📢 *Pengumuman Loket*\n${p.text}\n\n(Ketik BERHENTI bila tidak ingin menerima pengumuman lagi.)`,

  // The case log, as DATA SAYA shows it to the applicant.
  eventFiled: 'diajukan di OSS',
  eventReassigned: 'dialihkan ke petugas lain',
  eventEscalated: 'diteruskan ke meja lain',
  eventOssHeld: 'menunggu (OSS gangguan)',
  eventOssResumed: 'dilanjutkan (OSS normal)',
  eventHolderDeactivated: 'dikembalikan ke antrian',
  dataCopyAnnouncements: 'Pengumuman: Bapak/Ibu setuju menerima pengumuman (ketik BERHENTI untuk berhenti).',
  coStoreFull:
    '⚠️ Loket tidak bisa menyimpan pesan masuk: memori Redis penuh (maxmemory). Pemohon diminta mengirim ulang nanti. Minta admin server menambah maxmemory Redis atau mengosongkan memorinya.',
} as const;
