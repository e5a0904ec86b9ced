// Indonesian (default) messages of the applicant intake: from the opening and consent to the
// summary and the submitted case. Questions end with an example of a good answer.

export const intakeId = {
  opening: (p: { hours: string; area: string }) =>
    `Halo Bapak/Ibu, selamat datang di *Loket* 🙏\n` +
    `Loket membantu usaha mikro dan kecil di ${p.area} mendapatkan *NIB* (Nomor Induk Berusaha) lewat petugas desa, kecamatan atau DPMPTSP.\n\n` +
    `✅ Layanan ini *GRATIS*. Tidak ada yang boleh meminta uang atau imbalan. Jika ada calo atau pungutan, jangan dibayar dan laporkan ke DPMPTSP.\n\n` +
    `Yang perlu disiapkan:\n• KTP\n• alamat email (kalau punya; kalau belum punya, petugas bisa bantu)\n\n` +
    `Jam kerja petugas: ${p.hours}\nPesan tetap bisa dikirim kapan saja.\n\n` +
    `*Persetujuan data pribadi* (UU 27/2022):\n` +
    `Kami akan menanyakan data KTP, nomor HP, email dan data usaha *hanya untuk mengurus NIB* Bapak/Ibu di OSS. ` +
    `Data disimpan terenkripsi dan dihapus setelah urusan selesai (jawaban yang tidak diselesaikan dihapus lebih cepat). ` +
    `Bapak/Ibu berhak melihat, memperbaiki, dan menghapus data kapan saja dengan mengetik HAPUS DATA. ` +
    `Perlu diketahui: pesan WhatsApp melewati server di luar negeri.\n\n` +
    `Apakah Bapak/Ibu setuju? Balas *YA* untuk setuju atau *TIDAK*.\n(Type LANGUAGE for English.)`,
  consentAsk: 'Mohon balas YA jika setuju data dipakai untuk mengurus NIB, atau TIDAK jika tidak setuju.',
  consentDeclined: 'Baik, tidak apa-apa. Kami tidak menyimpan data apa pun. Jika berubah pikiran, kirim pesan lagi kapan saja. Terima kasih 🙏',
  consentThanks: 'Terima kasih atas persetujuannya. Kita mulai ya, pertanyaannya satu per satu.',
  helpConsent: 'Kami butuh persetujuan Bapak/Ibu sebelum menanyakan data pribadi. Data hanya dipakai untuk mengurus NIB dan bisa dihapus kapan saja dengan HAPUS DATA.',

  badYesNo: 'Mohon jawab YA atau TIDAK.',
  badTextTooLong: 'Jawabannya terlalu panjang. Mohon diringkas saja.',

  askHasNib: 'Apakah Bapak/Ibu *sudah pernah punya NIB*? (ya/tidak)',
  helpHasNib: 'Satu orang hanya boleh punya satu NIB. Kalau sudah punya, kita tambahkan usaha atau lokasi baru ke NIB yang lama, bukan membuat NIB baru. NIB ada di dokumen NIB dari OSS, 13 angka.',
  askExistingNib: 'Mohon ketik nomor NIB Bapak/Ibu (13 angka). Contoh: 1234567890123',
  badNib: 'Nomor NIB harus 13 angka. Contoh: 1234567890123',
  helpExistingNib: 'NIB tercantum di bagian atas dokumen NIB dari OSS. Kalau tidak ingat, ketik KEMBALI lalu jawab TIDAK; petugas akan membantu mencarinya.',
  askAmendment: 'Apa yang ingin ditambahkan ke NIB itu? Ketik angkanya:\n1. Bidang usaha (KBLI) baru\n2. Lokasi usaha baru\n3. Keduanya',
  badAmendment: 'Mohon ketik 1, 2 atau 3.',
  helpAmendment: 'Pilih 1 jika ada jenis usaha baru, 2 jika ada tempat usaha baru, 3 jika keduanya.',
  amendmentKbli: 'bidang usaha baru',
  amendmentLocation: 'lokasi usaha baru',
  amendmentBoth: 'bidang usaha dan lokasi baru',

  askNik: 'Mohon ketik *NIK* Bapak/Ibu (16 angka di KTP). Contoh: 3505014203850001',
  badNikLength: 'NIK harus 16 angka (tanpa huruf), dan yang terbaca tidak begitu. Periksa juga huruf O yang seharusnya angka 0. Contoh: 3505014203850001',
  badNikProvince: 'Dua angka pertama NIK (kode provinsi) tidak dikenal. Mohon periksa lagi. Contoh: 3505014203850001',
  badNikDate: 'Tanggal lahir di dalam NIK (angka ke-7 sampai ke-12) tidak masuk akal. Mohon periksa lagi. Contoh: 3505014203850001',
  badNikSerial: 'Empat angka terakhir NIK tidak mungkin 0000. Mohon periksa lagi. Contoh: 3505014203850001',
  helpNik: 'NIK adalah 16 angka di baris paling atas KTP, di bawah tulisan provinsi dan kabupaten. Ketik angkanya saja, boleh pakai spasi.',
  askNikConfirm: (p: { birthDate: string; gender: string }) => `Menurut NIK itu: tanggal lahir *${p.birthDate}*, *${p.gender}*. Benar? (ya/tidak)`,
  nikConfirmRetry: 'Baik, mari kita periksa lagi NIK-nya.',
  genderMale: 'laki-laki',
  genderFemale: 'perempuan',
  helpNikConfirm: 'Tanggal lahir dan jenis kelamin kami baca dari NIK. Kalau tidak sesuai KTP, kemungkinan ada angka NIK yang salah ketik: jawab TIDAK lalu ketik ulang NIK.',

  askFullName: 'Mohon ketik *nama lengkap* sesuai KTP. Contoh: Siti Aminah',
  badNameEmpty: 'Nama belum terbaca. Mohon ketik nama lengkap sesuai KTP. Contoh: Siti Aminah',
  badNameChars: 'Nama sebaiknya hanya huruf, seperti di KTP. Contoh: Siti Aminah',
  badNameDigits: 'Nama tidak boleh berisi angka. Mohon ketik nama sesuai KTP. Contoh: Siti Aminah',
  badNameLength: 'Nama itu terlalu pendek atau terlalu panjang. Mohon ketik nama lengkap sesuai KTP. Contoh: Siti Aminah',
  helpFullName: 'Ketik nama persis seperti tertulis di KTP, termasuk gelar jika ada di KTP. Nama ini dipakai di OSS dan harus sama dengan data kependudukan.',

  askKtpAddress: 'Mohon ketik *alamat sesuai KTP* (jalan/dusun, RT/RW, desa, kecamatan). Contoh: Dusun Krajan RT 02 RW 01, Desa Sumberejo, Kec. Sanankulon',
  badAddress: 'Alamat itu terlalu pendek atau belum terbaca. Contoh: Dusun Krajan RT 02 RW 01, Desa Sumberejo, Kec. Sanankulon',
  helpKtpAddress: 'Alamat ada di KTP di bawah tanggal lahir: jalan atau dusun, RT/RW, kelurahan/desa, kecamatan.',

  askKtpPhoto: 'Boleh kirim *foto KTP*? Ini tidak wajib, hanya membantu petugas memeriksa ejaan. Foto disimpan terenkripsi dan dihapus setelah NIB terbit. Kirim fotonya, atau ketik LEWATI.',
  badKtpPhotoType: 'File itu bukan foto atau PDF. Mohon kirim foto KTP (JPG/PNG) atau PDF, atau ketik LEWATI.',
  badKtpPhotoText: 'Mohon kirim foto KTP, atau ketik LEWATI jika tidak ingin mengirim.',
  ktpPhotoReceived: 'Foto KTP sudah kami terima. Terima kasih.',
  helpKtpPhoto: 'Foto KTP tidak wajib. Jika dikirim, pastikan tulisannya terbaca dan tidak silau. Atau ketik LEWATI.',

  askPhoneOffer: (p: { phone: string }) => `Nomor HP untuk akun OSS: pakai nomor WhatsApp ini, *${p.phone}*? (ya/tidak)\nOSS akan mengirim kode lewat WhatsApp ke nomor tersebut.`,
  askPhone: 'Mohon ketik *nomor HP* untuk akun OSS (nomor yang aktif di WhatsApp). Contoh: 081234567890',
  badPhone: 'Nomor HP itu belum benar. Nomor HP Indonesia diawali 08 atau +62 dan berisi 10–13 angka. Contoh: 081234567890',
  badPhoneNotMobile: 'Itu sepertinya bukan nomor HP (misalnya nomor telepon rumah). Mohon ketik nomor HP. Contoh: 081234567890',
  helpPhone: 'OSS mengirim kode rahasia lewat WhatsApp ke nomor ini saat akun dibuat. Petugas akan meminta kode itu pada saat itu juga; jangan berikan kepada orang lain.',

  askEmail: 'Mohon ketik *alamat email* Bapak/Ibu. Contoh: budi.santoso@gmail.com\nKalau belum punya email, ketik TIDAK PUNYA.',
  badEmail: 'Alamat email itu belum benar. Email berisi tanda @ dan nama layanan, tanpa spasi. Contoh: budi.santoso@gmail.com (atau ketik TIDAK PUNYA)',
  askEmailFix: (p: { email: string }) => `Maksud Bapak/Ibu *${p.email}*? (ya/tidak)`,
  emailNoneNote: 'Tidak apa-apa. Petugas akan membantu membuatkan email untuk akun OSS.',
  helpEmail: 'OSS membutuhkan email. Jika belum punya, ketik TIDAK PUNYA dan petugas akan membantu membuatnya.',

  askNpwp: 'Punya NPWP? Tidak wajib, karena NIK sekarang juga berlaku sebagai NPWP. Kirim nomornya, atau ketik LEWATI.',
  badNpwp: 'Nomor NPWP itu belum benar (15 atau 16 angka). Contoh: 01.312.166.0-091.000, atau ketik LEWATI.',
  helpNpwp: 'NPWP tidak wajib untuk NIB usaha mikro. Jika tidak tahu, ketik LEWATI.',

  askOperating: 'Apakah usahanya *sudah berjalan*? (ya/tidak)',
  helpOperating: 'Jawab YA jika sudah berjualan/berproduksi, TIDAK jika baru akan mulai.',

  askBusinessName: 'Apa *nama usahanya*? Contoh: Warung Makan Bu Siti',
  badBusinessName: 'Nama usaha belum terbaca. Contoh: Warung Makan Bu Siti',
  helpBusinessName: 'Nama usaha boleh sederhana, misalnya nama warung atau merek. Jika belum ada, boleh pakai "Usaha" + nama Bapak/Ibu.',

  askActivity: 'Ceritakan *usahanya apa* dengan kata-kata sendiri. Contoh: jualan nasi pecel dan es teh',
  badActivity: 'Mohon ceritakan sedikit usahanya. Contoh: jualan nasi pecel dan es teh',
  helpActivity: 'Dari cerita ini kami carikan kode bidang usaha (KBLI) yang cocok. Sebutkan barang/jasanya, misalnya "jahit baju", "ternak ayam petelur", "bengkel motor".',
  kbliOptions: (p: { list: string }) =>
    `Bidang usaha (KBLI 2020) yang mungkin cocok:\n${p.list}\n\nKetik nomornya (boleh lebih dari satu, misalnya 1,3), atau TIDAK TAHU (petugas yang memilihkan), atau ceritakan lagi dengan kata lain.`,
  kbliLine: (p: { n: string; code: string; title: string }) => `${p.n}. ${p.code} – ${p.title}`,
  kbliNoMatch: 'Maaf, kami belum menemukan bidang usaha yang cocok. Coba ceritakan dengan kata lain (misalnya nama barang yang dijual), atau ketik TIDAK TAHU dan petugas yang memilihkan.',
  badKbliPick: (p: { max: string }) => `Mohon ketik nomor pilihan 1 sampai ${p.max} (misalnya 1 atau 1,2), TIDAK TAHU, atau ceritakan lagi usahanya.`,
  kbliUnknownNote: 'Baik, petugas akan memilihkan bidang usaha yang tepat.',
  helpKbliPick: 'KBLI adalah kode jenis usaha di OSS. Pilih yang paling mirip dengan usaha Bapak/Ibu. Jika ragu, ketik TIDAK TAHU.',

  askProducts: 'Apa saja *produk atau jasanya*? Contoh: nasi pecel, es teh, gorengan',
  badProducts: 'Mohon sebutkan produk atau jasanya. Contoh: nasi pecel, es teh, gorengan',
  helpProducts: 'Sebutkan barang yang dijual atau dibuat, atau jasa yang diberikan. Boleh lebih dari satu, pisahkan dengan koma.',

  askCapital: 'Berapa *modal usahanya*? Hitung alat, bahan dan uang usaha saja, *TIDAK termasuk tanah dan bangunan* (rumah/kios). Contoh: 15 juta',
  badCapital: 'Jumlah modal belum terbaca. Tulis angkanya dalam rupiah. Contoh: 15 juta, 2,5 jt, atau 15000000',
  badCapitalZero: 'Modal tidak boleh nol. Perkirakan saja nilai alat dan bahan usahanya. Contoh: 5 juta',
  askCapitalConfirm: (p: { amount: string }) => `Modal usaha *${p.amount}* (tanpa tanah dan bangunan). Benar? (ya/tidak)`,
  capitalNotUmk: (p: { amount: string }) =>
    `Modal usaha *${p.amount}* di atas Rp 5 miliar, jadi bukan lagi usaha mikro/kecil (UMK). Pendaftarannya di OSS berbeda dan sebaiknya dibantu langsung oleh DPMPTSP. ` +
    `Jika benar, balas YA dan pengajuan tetap kami teruskan ke DPMPTSP. Jika salah, balas TIDAK lalu ketik ulang modalnya.`,
  helpCapital: 'Modal usaha = nilai alat, mesin, bahan, stok dan uang untuk usaha. Rumah, kios dan tanah TIDAK dihitung. Perkiraan saja sudah cukup.',

  askLandArea: 'Berapa *luas tempat usahanya* (meter persegi)? Contoh: 20 m2. Jika usaha dari rumah, perkirakan luas bagian yang dipakai.',
  badLandArea: 'Luas belum terbaca. Contoh: 20 m2, 4x5 meter, atau 1 hektar',
  helpLandArea: 'Ukur panjang kali lebar tempat usaha. Misalnya warung 4 meter x 5 meter = 20 m2.',

  askWorkers: 'Berapa *orang yang bekerja* di usaha ini, termasuk Bapak/Ibu sendiri? Contoh: 2',
  badWorkers: 'Jumlah pekerja belum terbaca. Tulis angkanya. Contoh: 2',
  helpWorkers: 'Hitung semua yang bekerja, termasuk pemilik dan keluarga yang membantu.',

  askSameAddress: 'Apakah *alamat usahanya sama dengan alamat KTP*? (ya/tidak)',
  helpSameAddress: 'Jawab YA jika usaha dijalankan di rumah sesuai KTP. Jawab TIDAK jika tempat usahanya di alamat lain.',
  askBusinessAddress: 'Mohon ketik *alamat tempat usaha* (jalan/dusun, RT/RW). Contoh: Jl. Raya Sumberejo No. 5 RT 01 RW 03',
  helpBusinessAddress: 'Tulis alamat tempat usaha selengkap mungkin: jalan atau dusun, nomor, RT/RW.',

  askVillage: (p: { regency: string }) => `Tempat usahanya di *desa/kelurahan* apa? (di ${p.regency}) Contoh: Sumberejo`,
  villageFound: (p: { village: string; district: string }) => `Desa/kelurahan: *${p.village}*, Kecamatan ${p.district}.`,
  villageAmbiguous: (p: { name: string; list: string }) => `Ada beberapa desa/kelurahan bernama *${p.name}*. Di kecamatan mana? Ketik nomornya:\n${p.list}`,
  villageSameDistrict: (p: { list: string }) => `Di kecamatan itu ada lebih dari satu. Ketik nomornya:\n${p.list}`,
  villageNone: (p: { list: string }) => `Desa/kelurahan itu tidak kami temukan. Mungkin maksudnya salah satu ini? Ketik nomornya, atau ketik ulang namanya:\n${p.list}`,
  villageNoneEmpty: (p: { area: string }) => `Desa/kelurahan itu tidak kami temukan di ${p.area}. Mohon periksa ejaannya dan ketik ulang. Contoh: Sumberejo`,
  villageOption: (p: { n: string; village: string; district: string }) => `${p.n}. ${p.village} (Kec. ${p.district})`,
  districtOption: (p: { n: string; district: string }) => `${p.n}. Kecamatan ${p.district}`,
  badVillagePick: (p: { max: string }) => `Mohon ketik nomor 1 sampai ${p.max}, atau ketik ulang nama desanya.`,
  helpVillage: 'Ketik nama desa atau kelurahan tempat usaha saja, tanpa kata "desa". Kami hanya melayani wilayah kabupaten/kota ini.',

  askPostalCode: 'Berapa *kode pos* tempat usahanya? (5 angka) Contoh: 66151. Jika tidak tahu, ketik TIDAK TAHU.',
  badPostalCode: 'Kode pos harus 5 angka. Contoh: 66151, atau ketik TIDAK TAHU.',
  helpPostalCode: 'Kode pos bisa dilihat di surat tagihan listrik/air atau ditanyakan ke kantor desa. Jika tidak tahu, ketik TIDAK TAHU; petugas akan melengkapinya.',

  askLegalForm: 'Usahanya atas nama siapa? Ketik angkanya:\n1. Perseorangan (atas nama Bapak/Ibu sendiri)\n2. UD\n3. CV\n4. PT',
  badLegalForm: 'Mohon ketik 1, 2, 3 atau 4. Kebanyakan usaha kecil memilih 1 (perseorangan).',
  legalFormDpmptsp: (p: { form: string }) =>
    `Usaha berbentuk ${p.form} didaftarkan lewat OSS versi web dan dilayani langsung oleh DPMPTSP, bukan oleh petugas desa. ` +
    `Pendaftaran tetap bisa dilanjutkan; pengajuan akan kami teruskan ke DPMPTSP. Siapkan juga akta pendirian dan data pengurus.`,
  helpLegalForm: 'Jika usahanya atas nama sendiri dan tidak punya akta notaris, pilih 1 (perseorangan). UD, CV dan PT punya akta pendirian.',
  legalPerseorangan: 'perseorangan',
  legalUd: 'UD',
  legalCv: 'CV',
  legalPt: 'PT',

  askDeclaration:
    'Terakhir, OSS meminta *pernyataan mandiri*. Dengan menjawab YA, Bapak/Ibu berjanji:\n' +
    '1. menjaga keselamatan, kesehatan kerja dan lingkungan;\n' +
    '2. memenuhi standar produk/jasa yang berlaku;\n' +
    '3. mengurus sertifikat halal jika produknya wajib halal;\n' +
    '4. menjalankan usaha di lokasi yang sesuai tata ruang;\n' +
    '5. mengelola lingkungan dengan baik (pernyataan SPPL).\n' +
    'Setuju? (ya/tidak)',
  declarationRefused: 'OSS hanya bisa menerbitkan NIB jika pernyataan ini disetujui. Jika ada yang ingin ditanyakan, ketik BANTUAN. Jika setuju, balas YA; jika tidak ingin melanjutkan, ketik BATAL.',
  helpDeclaration: 'Pernyataan ini wajib di OSS untuk semua usaha mikro dan kecil. Isinya janji menjalankan usaha dengan aman, sesuai standar, dan sesuai aturan lingkungan dan tata ruang.',

  summary: (p: { items: string }) =>
    `*Ringkasan data Bapak/Ibu:*\n${p.items}\n\nJika sudah benar, ketik *KIRIM*.\nUntuk mengubah, ketik UBAH dan nomornya, misalnya UBAH 3.`,
  summaryLine: (p: { n: string; label: string; value: string }) => `${p.n}. ${p.label}: ${p.value}`,
  badSummary: (p: { max: string }) => `Ketik KIRIM jika data sudah benar, atau UBAH dan nomor 1 sampai ${p.max} untuk mengubah. Contoh: UBAH 3`,
  helpSummary: 'Periksa semua data. Jika ada yang salah, ketik UBAH dan nomornya (misalnya UBAH 2). Jika sudah benar, ketik KIRIM.',
  labelHasNib: 'Sudah punya NIB',
  labelNik: 'NIK',
  labelBirth: 'Tanggal lahir / jenis kelamin',
  labelName: 'Nama lengkap',
  labelKtpAddress: 'Alamat KTP',
  labelKtpPhoto: 'Foto KTP',
  labelPhone: 'Nomor HP',
  labelEmail: 'Email',
  labelNpwp: 'NPWP',
  labelOperating: 'Usaha sudah berjalan',
  labelBusinessName: 'Nama usaha',
  labelActivity: 'Kegiatan usaha',
  labelKbli: 'KBLI',
  labelProducts: 'Produk/jasa',
  labelCapital: 'Modal (tanpa tanah & bangunan)',
  labelLandArea: 'Luas tempat usaha',
  labelWorkers: 'Jumlah pekerja',
  labelBusinessAddress: 'Alamat usaha',
  labelVillage: 'Desa/kelurahan',
  labelPostalCode: 'Kode pos',
  labelLegalForm: 'Bentuk usaha',
  labelDeclaration: 'Pernyataan mandiri',
  valueYes: 'ya',
  valueNo: 'tidak',
  valueSent: 'terkirim',
  valueSkipped: 'tidak dikirim',
  valueNoEmail: 'belum punya (minta dibantu)',
  valueNone: '-',
  valueUnknown: 'tidak tahu',
  valueKbliUnknown: 'dipilihkan petugas',
  valueAgreed: 'setuju',
  valueSameAsKtp: 'sama dengan alamat KTP',
  valueExistingNib: (p: { nib: string; what: string }) => `ya, ${p.nib} (tambah ${p.what})`,
  valueLandArea: (p: { area: string }) => `${p.area} m²`,
  valueWorkers: (p: { count: string }) => `${p.count} orang`,
  valueVillage: (p: { village: string; district: string; regency: string }) => `${p.village}, Kec. ${p.district}, ${p.regency}`,

  caseCreated: (p: { caseId: string; when: string }) =>
    `✅ Terima kasih! Data sudah kami terima dengan nomor pengajuan *${p.caseId}*.\n` +
    `Petugas akan memeriksa dan menghubungi Bapak/Ibu lewat WhatsApp ini ${p.when}. ` +
    `Saat akun OSS dibuat, OSS mengirim kode lewat WhatsApp: berikan kode itu HANYA kepada petugas yang sedang membantu.\n` +
    `Ketik STATUS kapan saja untuk melihat perkembangannya. Ingat, layanan ini GRATIS.`,
  whenToday: 'hari ini pada jam kerja',
  whenNext: (p: { at: string }) => `mulai hari kerja berikutnya, ${p.at}`,
  editDone: 'Sudah diubah.',
} as const;
