// Indonesian (default) messages of the applicant intake: from the opening and consent to the
// summary and the submitted case. Everyday words, one bubble each (at most 500 characters, tested);
// questions end with an example of a good answer.

export const intakeId = {
  openingWelcome: (p: { area: string }) =>
    `Halo Bapak/Ibu 🙏 Loket membantu mengurus *NIB* (izin usaha) untuk usaha kecil di ${p.area}, *GRATIS*, tanpa ke kota.\n` +
    `Jangan bayar siapa pun yang minta uang untuk ini.`,
  openingPrepare: (p: { hours: string }) =>
    `Siapkan KTP saja. Email tidak wajib, petugas bisa bantu membuatkan.\n` +
    `Petugas bekerja ${p.hours} Pesan bisa dikirim kapan saja.`,
  openingConsent:
    'Data KTP dan usaha hanya dipakai untuk mengurus NIB, disimpan aman, dan dihapus setelah selesai. ' +
    'Bapak/Ibu bisa menghapusnya kapan saja dengan mengetik HAPUS DATA. Pesan WhatsApp melewati server di luar negeri.\n\n' +
    '*Setuju?* Balas YA atau TIDAK.\n(English? Type ENGLISH.)',
  consentAsk: 'Apakah Bapak/Ibu setuju data dipakai untuk mengurus NIB? Balas YA atau TIDAK.',
  consentRescue: 'Kalau setuju, ketik angka 1 (atau YA). Kalau tidak setuju, ketik 2 (atau TIDAK).',
  consentDeclined: 'Baik, tidak apa-apa. Kami tidak menyimpan data apa pun. Kalau berubah pikiran, kirim pesan lagi kapan saja. Terima kasih 🙏',
  consentThanks: 'Terima kasih. Kita mulai ya, satu per satu.',
  helpConsent: 'Kami perlu persetujuan Bapak/Ibu sebelum menanyakan data KTP. Data hanya untuk mengurus NIB dan bisa dihapus kapan saja dengan HAPUS DATA.',

  badYesNo: 'Maaf, jawabannya belum jelas. Cukup ketik YA atau TIDAK.',
  yesNoNumbered: 'Ketik angka *1* untuk YA, atau *2* untuk TIDAK.',
  rescueNumber: 'Cukup ketik angkanya saja, misalnya *1*.',
  badTextTooLong: 'Jawabannya terlalu panjang. Mohon diringkas saja.',

  askHasNib: 'Apakah Bapak/Ibu *sudah pernah punya NIB*? (ya/belum)',
  helpHasNib: 'Satu orang hanya punya satu NIB. Kalau sudah punya, kita tambahkan usaha atau tempat baru ke NIB itu. Kalau belum, kita buat yang baru.',
  askExistingNib: 'Berapa nomor NIB-nya? (13 angka, ada di surat NIB dari OSS) Contoh: 1234567890123\nKalau lupa, ketik LUPA.',
  badNib: 'Nomor NIB itu 13 angka. Contoh: 1234567890123. Kalau lupa nomornya, ketik LUPA.',
  rescueExistingNib: 'Nomor NIB ada di bagian atas surat NIB dari OSS, 13 angka. Ketik angkanya saja, atau LUPA kalau tidak ingat. Kalau ternyata belum punya NIB, ketik BELUM.',
  helpExistingNib: 'NIB tercantum di bagian atas surat NIB dari OSS. Kalau tidak ingat, ketik LUPA: petugas bisa mencarinya dengan NIK.',
  nibNoneNote: 'Baik, berarti kita buat NIB baru.',
  nibForgottenNote: 'Tidak apa-apa, petugas akan mencarinya dengan NIK Bapak/Ibu.',
  askAmendment: 'Apa yang mau ditambahkan ke NIB itu?\n1. Usaha (kegiatan) baru\n2. Tempat usaha baru\n3. Keduanya',
  badAmendment: 'Mohon pilih 1, 2 atau 3.',
  helpAmendment: 'Pilih 1 kalau ada jenis usaha baru, 2 kalau ada tempat usaha baru, 3 kalau keduanya.',
  amendmentKbli: 'usaha baru',
  amendmentLocation: 'tempat usaha baru',
  amendmentBoth: 'usaha dan tempat baru',

  askLegalForm: 'Usahanya milik pribadi, atau sudah punya akta notaris (CV/PT)?\n1. Milik pribadi (paling umum, termasuk UD)\n2. CV\n3. PT',
  badLegalForm: 'Mohon pilih 1, 2 atau 3. Kebanyakan usaha kecil memilih 1 (milik pribadi).',
  helpLegalForm: 'Kalau usahanya atas nama sendiri dan tidak punya akta notaris, pilih 1. CV dan PT punya akta pendirian dari notaris.',
  companyPath: (p: { form: string }) =>
    `Usaha berbentuk ${p.form} diurus langsung oleh kantor DPMPTSP (bukan petugas desa). ` +
    `Siapkan akta pendirian dan SK Kemenkumham, NPWP ${p.form}, serta KTP para pengurus. ` +
    `Kami cukup minta nama, nomor HP dan sedikit data usaha, lalu petugas DPMPTSP menghubungi Bapak/Ibu.`,
  legalPerseorangan: 'milik pribadi (perorangan)',
  legalUd: 'UD (milik pribadi)',
  legalCv: 'CV',
  legalPt: 'PT',

  askNik: 'Mohon ketik *NIK* Bapak/Ibu (16 angka di KTP). Contoh: 3505014203850001',
  badNikLength: (p: { count: string }) => `Sepertinya ada angka yang kurang atau lebih. NIK harus 16 angka; yang kami terima ${p.count}. Mohon cocokkan lagi dengan KTP.`,
  badNikProvince: 'Dua angka pertama NIK sepertinya salah ketik. Mohon cocokkan lagi dengan KTP. Contoh: 3505014203850001',
  badNikDate: 'Sepertinya ada angka NIK yang salah ketik (bagian tanggal lahir). Mohon cocokkan lagi dengan KTP.',
  badNikSerial: 'Empat angka terakhir NIK tidak mungkin 0000. Mohon cocokkan lagi dengan KTP.',
  nikUnknown: 'NIK ada di KTP, baris paling atas (16 angka). Kalau KTP sedang tidak dibawa, tidak apa-apa: jawaban Bapak/Ibu tersimpan, lanjutkan kapan saja.',
  rescueNik: 'Lihat KTP, baris paling atas di bawah tulisan provinsi: ada 16 angka. Ketik angkanya saja, boleh pakai spasi. Contoh: 3505 0142 0385 0001',
  helpNik: 'NIK adalah 16 angka di baris paling atas KTP. Ketik angkanya saja, boleh pakai spasi. Atau kirim foto KTP dulu, lalu ketik NIK-nya.',
  nikRead: (p: { birthDate: string; gender: string }) => `NIK tercatat: lahir ${p.birthDate}, ${p.gender}. Kalau ada yang salah, bisa diubah di akhir.`,
  genderMale: 'laki-laki',
  genderFemale: 'perempuan',

  askFullName: 'Siapa *nama lengkap* Bapak/Ibu, sesuai KTP? Contoh: Siti Aminah',
  askContactName: 'Siapa nama Bapak/Ibu (yang bisa dihubungi petugas DPMPTSP)? Contoh: Siti Aminah',
  badNameEmpty: 'Nama belum terbaca. Mohon ketik nama lengkap sesuai KTP. Contoh: Siti Aminah',
  badNameChars: 'Nama cukup huruf saja, seperti di KTP. Contoh: Siti Aminah',
  badNameDigits: 'Nama tidak berisi angka. Mohon ketik nama sesuai KTP. Contoh: Siti Aminah',
  badNameLength: 'Nama itu terlalu pendek atau terlalu panjang. Mohon ketik nama lengkap sesuai KTP. Contoh: Siti Aminah',
  nameNotNik: 'Itu NIK-nya 🙂 Sekarang mohon ketik *nama lengkap* (huruf) sesuai KTP. Contoh: Siti Aminah',
  rescueFullName: 'Tulis nama persis seperti di KTP, huruf saja. Misalnya di KTP tertulis "SITI AMINAH", ketik: Siti Aminah',
  helpFullName: 'Ketik nama persis seperti di KTP. Nama ini dipakai di OSS dan harus sama dengan data kependudukan.',

  askKtpAddress: 'Apa *alamat di KTP*? (dusun/jalan, RT/RW, desa, kecamatan) Contoh: Dusun Krajan RT 2 RW 1, Desa Sumberejo, Kec. Sanankulon',
  badAddress: 'Alamat itu terlalu pendek atau belum terbaca. Contoh: Dusun Krajan RT 2 RW 1, Desa Sumberejo, Kec. Sanankulon',
  rescueAddress: 'Tulis seperti di KTP: nama dusun atau jalan, RT/RW, lalu desa dan kecamatan. Contoh: Dsn Krajan RT 2/1, Ds Sumberejo, Kec Sanankulon',
  helpKtpAddress: 'Alamat ada di KTP di bawah tanggal lahir: jalan atau dusun, RT/RW, desa/kelurahan, kecamatan.',

  askKtpPhoto: 'Boleh kirim *foto KTP*? Tidak wajib, hanya membantu petugas mencocokkan tulisan. Foto dihapus setelah NIB terbit. Kirim fotonya, atau ketik LEWATI.',
  badKtpPhotoType: 'File itu bukan foto atau PDF. Mohon kirim foto KTP, atau ketik LEWATI.',
  badKtpPhotoText: 'Mohon kirim foto KTP, atau ketik LEWATI kalau tidak ingin mengirim.',
  rescueKtpPhoto: 'Tekan tanda 📎 atau 📷 di WhatsApp, foto KTP-nya, lalu kirim. Kalau tidak ingin, ketik LEWATI saja.',
  ktpPhotoReceived: 'Foto KTP sudah kami terima. Terima kasih.',
  helpKtpPhoto: 'Foto KTP tidak wajib. Kalau dikirim, pastikan tulisannya terbaca dan tidak silau. Atau ketik LEWATI.',

  askPhone: 'Berapa *nomor HP* untuk akun OSS (yang aktif di WhatsApp)? Contoh: 081234567890',
  askPhoneOther: (p: { phone: string }) => `Nomor HP untuk akun OSS? Ketik nomornya, atau ketik INI untuk memakai nomor WhatsApp ini (${p.phone}).`,
  badPhone: 'Nomor HP itu belum benar. Nomor HP diawali 08 dan berisi 10–13 angka. Contoh: 081234567890',
  badPhoneNotMobile: 'Itu sepertinya bukan nomor HP (misalnya telepon rumah). Mohon ketik nomor HP. Contoh: 081234567890',
  rescuePhone: 'Ketik nomor HP yang dipakai WhatsApp, diawali 08. Contoh: 0812 3456 7890',
  helpPhone: 'OSS mengirim kode rahasia lewat WhatsApp ke nomor ini saat akun dibuat. Berikan kode itu hanya kepada petugas yang membantu.',

  askEmail: 'Apa *alamat email* Bapak/Ibu? Contoh: budi.santoso@gmail.com\nKalau belum punya, ketik BELUM PUNYA (petugas bisa buatkan).',
  badEmail: 'Alamat email itu belum benar. Email ada tanda @ dan tanpa spasi. Contoh: budi.santoso@gmail.com (atau ketik BELUM PUNYA)',
  rescueEmail: 'Email biasanya seperti ini: namaanda@gmail.com. Kalau belum punya email, ketik BELUM PUNYA saja, petugas yang membuatkan.',
  askEmailFix: (p: { email: string }) => `Maksudnya *${p.email}*? (ya/tidak)`,
  emailNoneNote: 'Tidak apa-apa. Petugas akan membantu membuatkan email untuk akun OSS.',
  helpEmail: 'OSS membutuhkan email. Kalau belum punya, ketik BELUM PUNYA dan petugas akan membantu membuatnya.',

  askNpwp: 'Ketik nomor NPWP Bapak/Ibu (15 atau 16 angka), atau ketik PAKAI NIK (NIK sekarang juga berlaku sebagai NPWP).',
  badNpwp: 'Nomor NPWP itu belum benar (15 atau 16 angka). Contoh: 01.312.166.0-091.000, atau ketik PAKAI NIK.',
  rescueNpwp: 'NPWP ada di kartu NPWP, 15 atau 16 angka. Kalau tidak punya, ketik PAKAI NIK saja.',
  helpNpwp: 'NPWP tidak wajib untuk NIB usaha mikro, karena NIK sudah berlaku sebagai NPWP.',

  askActivity: 'Sekarang tentang usahanya. *Usahanya apa?* Ceritakan dengan kata-kata sendiri. Contoh: jualan nasi pecel dan es teh',
  askCompanyActivity: 'Usahanya bergerak di bidang apa? Contoh: toko bangunan, jasa angkutan',
  badActivity: 'Mohon ceritakan sedikit usahanya. Contoh: jualan nasi pecel dan es teh',
  rescueActivity: 'Sebutkan barang yang dijual, dibuat, atau jasa yang dikerjakan. Contoh: "jahit baju", "ternak ayam", "bengkel motor", "warung kopi".',
  helpActivity: 'Dari cerita ini kami carikan jenis usaha (KBLI) yang cocok. Sebutkan barang atau jasanya, misalnya "jahit baju", "ternak ayam petelur".',
  kbliOptions: (p: { list: string }) => `Usaha Bapak/Ibu paling mirip yang mana?\n${p.list}\n\nKetik satu nomor. Bingung? Ketik TIDAK TAHU (petugas yang memilihkan).`,
  kbliOptionsMore: (p: { list: string }) => `Usaha tambahannya paling mirip yang mana?\n${p.list}\n\nKetik satu nomor, atau TIDAK TAHU.`,
  kbliOne: (p: { label: string }) => `Usaha Bapak/Ibu termasuk *${p.label}*? Balas YA, atau ceritakan lagi dengan kata lain. Bingung? Ketik TIDAK TAHU.`,
  kbliLine: (p: { n: string; label: string }) => `${p.n}. ${p.label}`,
  kbliNoMatch: 'Maaf, kami belum menemukan jenis usaha yang cocok. Coba ceritakan dengan kata lain (misalnya nama barang yang dijual), atau ketik TIDAK TAHU.',
  kbliNoneFit: 'Baik. Coba ceritakan usahanya dengan kata lain (misalnya nama barang yang dijual), atau ketik TIDAK TAHU dan petugas yang memilihkan.',
  badKbliPick: (p: { max: string }) => `Mohon ketik nomor 1 sampai ${p.max}, TIDAK TAHU, atau ceritakan lagi usahanya.`,
  kbliUnknownNote: 'Baik, petugas akan memilihkan jenis usaha yang tepat.',
  helpKbliPick: 'Di OSS setiap jenis usaha punya kode (KBLI). Pilih yang paling mirip. Kalau ragu, ketik TIDAK TAHU.',
  askKbliMany: (p: { count: string; list: string }) =>
    `Bapak/Ibu memilih ${p.count} jenis usaha: ${p.list}.\nLebih dari dua jenis usaha diurus langsung oleh kantor DPMPTSP, bukan petugas desa. ` +
    `Tetap semuanya? Balas YA, atau TIDAK untuk memilih satu saja.`,
  helpKbliMany: 'Petugas desa dan kecamatan hanya boleh mengurus paling banyak dua jenis usaha. Lebih dari itu diurus kantor DPMPTSP.',
  askActivityMore: 'Usaha tambahannya apa? Ceritakan singkat. Contoh: jualan pulsa',

  askProducts: 'Apa saja *produk atau jasanya*? Contoh: nasi pecel, es teh, gorengan',
  badProducts: 'Mohon sebutkan produk atau jasanya. Contoh: nasi pecel, es teh, gorengan',
  rescueProducts: 'Sebutkan barang atau jasa yang dijual, pisahkan dengan koma. Contoh: kue basah, nasi kotak',
  helpProducts: 'Sebutkan barang yang dijual atau dibuat, atau jasa yang diberikan. Boleh lebih dari satu, pisahkan dengan koma.',

  askBusinessName: 'Apa *nama usahanya*? Contoh: Warung Bu Siti\nKalau belum ada nama, ketik BELUM ADA.',
  badBusinessName: 'Nama usaha belum terbaca. Contoh: Warung Bu Siti (atau ketik BELUM ADA).',
  rescueBusinessName: 'Nama usaha boleh sederhana, misalnya nama warung atau merek. Kalau belum ada, ketik BELUM ADA dan kami pakai "Usaha" + nama Bapak/Ibu.',
  helpBusinessName: 'Nama usaha boleh sederhana, misalnya nama warung atau merek. Kalau belum ada, ketik BELUM ADA.',
  defaultBusinessName: (p: { name: string }) => `Usaha ${p.name}`,
  businessNameDefaulted: (p: { name: string }) => `Baik, nama usaha kami tulis "${p.name}". Bisa diubah di akhir.`,

  askOperating: 'Apakah usahanya *sudah berjalan*? (sudah/belum)',
  helpOperating: 'Jawab SUDAH kalau sudah berjualan atau berproduksi, BELUM kalau baru akan mulai.',

  askCapital: 'Berapa *modal usahanya*? Hitung alat, bahan dan uang usaha saja, *tanpa tanah dan bangunan* (rumah/kios). Contoh: 15 juta',
  badCapital: 'Jumlah modal belum terbaca. Tulis angkanya dalam rupiah. Contoh: 15 juta, 2,5 jt, atau 15000000',
  badCapitalZero: 'Modal tidak boleh nol. Perkirakan saja nilai alat dan bahan usahanya. Contoh: 5 juta',
  capitalUnknown: 'Perkiraan saja sudah cukup: jumlahkan harga alat, bahan dan stok yang dipakai usaha. Contoh: 5 juta',
  rescueCapital: 'Contoh menghitung: gerobak 3 juta + kompor dan alat masak 1 juta + bahan 1 juta = 5 juta. Ketik jumlahnya, misalnya: 5 juta',
  helpCapital: 'Modal usaha = nilai alat, mesin, bahan, stok dan uang untuk usaha. Rumah, kios dan tanah TIDAK dihitung. Perkiraan saja sudah cukup.',
  capitalRead: (p: { amount: string }) => `Modal tercatat ${p.amount}.`,
  capitalAboveDesk: (p: { amount: string; limit: string }) =>
    `Modal tercatat ${p.amount}. Karena di atas ${p.limit}, pengajuan ini akan diurus langsung oleh kantor DPMPTSP.`,
  capitalNotUmk: (p: { amount: string }) =>
    `Modal ${p.amount} di atas Rp 5 miliar, jadi bukan lagi usaha mikro/kecil. Pendaftarannya dibantu langsung oleh DPMPTSP. ` +
    `Kalau benar, balas YA. Kalau salah, balas TIDAK lalu ketik ulang modalnya.`,
  askCapitalMillions: (p: { typed: string; amount: string }) => `Maksudnya ${p.typed} juta (${p.amount})? Balas YA, atau ketik ulang modalnya. Contoh: 15 juta`,
  askCapitalLow: (p: { amount: string }) => `Modalnya hanya ${p.amount}? Balas YA kalau benar, atau ketik ulang. Contoh: 5 juta`,

  askLandArea: 'Berapa *luas tempat usahanya*? Contoh: 4x5 meter atau 20 m2. Kalau di rumah, perkirakan bagian yang dipakai usaha.',
  badLandArea: 'Luas belum terbaca. Contoh: 20 m2, 4x5 meter, atau 1 hektar',
  rescueLandArea: 'Ukur panjang dan lebar tempat usaha dengan langkah kaki (satu langkah kira-kira 1 meter). Misalnya 4 langkah kali 5 langkah, ketik: 4x5',
  helpLandArea: 'Kalikan panjang dan lebar tempat usaha. Misalnya warung 4 meter x 5 meter = 20 m2.',

  askWorkers: 'Berapa *orang yang bekerja* di usaha ini, termasuk Bapak/Ibu sendiri? Contoh: 2',
  badWorkers: 'Jumlah pekerja belum terbaca. Tulis angkanya. Contoh: 2',
  rescueWorkers: 'Hitung semua yang ikut bekerja, termasuk Bapak/Ibu dan keluarga yang membantu. Ketik angkanya saja, misalnya 3. Kalau sendirian, ketik 1.',
  helpWorkers: 'Hitung semua yang bekerja, termasuk pemilik dan keluarga yang membantu.',

  askSameAddress: 'Apakah tempat usahanya *di alamat KTP*? (ya/beda)',
  askSameAddressVillage: (p: { village: string; district: string }) => `Apakah tempat usahanya *di alamat KTP* (Desa ${p.village}, Kec. ${p.district})? (ya/beda)`,
  helpSameAddress: 'Jawab YA kalau usahanya di rumah sesuai KTP. Jawab BEDA kalau tempat usahanya di alamat lain, misalnya kios di pasar.',
  askBusinessAddress: 'Di mana *alamat tempat usahanya*? (jalan/dusun, RT/RW, desa) Contoh: Pasar Wlingi kios 12, Desa Wlingi',
  helpBusinessAddress: 'Tulis alamat tempat usaha selengkap mungkin: jalan atau dusun, nomor, RT/RW, desa.',

  askVillage: (p: { regency: string }) => `Tempat usahanya di *desa/kelurahan* apa? (di ${p.regency}) Contoh: Sumberejo`,
  rescueVillage: (p: { regency: string }) => `Ketik nama desanya saja, tanpa kata "desa". Kalau tahu, tambahkan kecamatannya. Contoh: Sumberejo Sanankulon (desa harus di ${p.regency}).`,
  villageFound: (p: { village: string; district: string }) => `Lokasi usaha: Desa ${p.village}, Kec. ${p.district}.`,
  villageAmbiguous: (p: { name: string; list: string }) => `Ada beberapa desa bernama *${p.name}*. Di kecamatan mana?\n${p.list}`,
  villageSameDistrict: (p: { list: string }) => `Di kecamatan itu ada lebih dari satu. Yang mana?\n${p.list}`,
  villageNone: (p: { list: string }) => `Desa itu tidak kami temukan. Mungkin maksudnya salah satu ini? Ketik nomornya atau namanya:\n${p.list}`,
  villageNoneEmpty: (p: { area: string }) => `Desa itu tidak kami temukan di ${p.area}. Mohon periksa ejaannya dan ketik ulang. Contoh: Sumberejo`,
  villageOption: (p: { n: string; village: string; district: string }) => `${p.n}. ${p.village} (Kec. ${p.district})`,
  districtOption: (p: { n: string; district: string }) => `${p.n}. Kecamatan ${p.district}`,
  badVillagePick: (p: { max: string }) => `Mohon ketik nomor 1 sampai ${p.max}, atau nama kecamatan/desanya.`,
  helpVillage: 'Ketik nama desa atau kelurahan tempat usaha. Kami hanya melayani wilayah kabupaten/kota ini.',

  askPostalCode: 'Berapa *kode pos* tempat usahanya? (5 angka) Contoh: 66151. Kalau tidak tahu, ketik TIDAK TAHU.',
  badPostalCode: 'Kode pos harus 5 angka. Contoh: 66151, atau ketik TIDAK TAHU.',
  rescuePostalCode: 'Kode pos ada di tagihan listrik/air, atau tanyakan ke kantor desa. Kalau tidak tahu, ketik TIDAK TAHU dan petugas yang mengisi.',
  helpPostalCode: 'Kalau tidak tahu, ketik TIDAK TAHU; petugas akan melengkapinya.',


  summaryPerson: '*Periksa data Bapak/Ibu:*',
  summaryBusiness: '*Data usaha:*',
  summaryFooter:
    'OSS meminta Bapak/Ibu *berjanji*: usaha dijalankan aman dan bersih, tidak merusak lingkungan, di tempat yang boleh untuk usaha, ' +
    'dan mengurus sertifikat halal bila menjual makanan/minuman yang wajib halal.\n\n' +
    'Data benar dan setuju dengan janji itu? Ketik *KIRIM*.\nAda yang salah? Ketik UBAH dan nomornya (misalnya UBAH 3) atau namanya (UBAH EMAIL). Usaha lain lagi? Ketik TAMBAH.',
  summaryFooterCompany: 'Sudah benar? Ketik *KIRIM*.\nAda yang salah? Ketik UBAH dan nomornya, misalnya UBAH 2.',
  summaryLine: (p: { n: string; label: string; value: string }) => `${p.n}. ${p.label}: ${p.value}`,
  badSummary: (p: { max: string }) => `Ketik KIRIM kalau data sudah benar, atau UBAH dan nomor 1 sampai ${p.max} untuk mengubah. Contoh: UBAH 3`,
  summaryRescue: (p: { max: string }) => `Kalau semua sudah benar, ketik KIRIM. Kalau ada yang salah, ketik nomornya saja (1 sampai ${p.max}).`,
  summaryWhich: (p: { max: string }) => `Bagian mana yang salah? Ketik nomornya (1 sampai ${p.max}), misalnya UBAH 3.`,
  helpSummary: 'Periksa semua data. Kalau ada yang salah, ketik UBAH dan nomornya (misalnya UBAH 2). Kalau sudah benar, ketik KIRIM. Janji di bawah ringkasan wajib di OSS untuk semua usaha mikro dan kecil.',
  labelHasNib: 'NIB lama',
  labelNik: 'NIK',
  labelName: 'Nama',
  labelKtpAddress: 'Alamat KTP',
  labelKtpPhoto: 'Foto KTP',
  labelPhone: 'Nomor HP (akun OSS)',
  labelEmail: 'Email',
  labelNpwp: 'NPWP',
  labelLegalForm: 'Bentuk usaha',
  labelActivity: 'Kegiatan usaha',
  labelKbli: 'Jenis usaha (KBLI)',
  labelProducts: 'Produk/jasa',
  labelBusinessName: 'Nama usaha',
  labelOperating: 'Sudah berjalan',
  labelCapital: 'Modal (tanpa tanah & bangunan)',
  labelLandArea: 'Luas tempat usaha',
  labelWorkers: 'Pekerja',
  labelBusinessAddress: 'Alamat usaha',
  labelVillage: 'Desa/kelurahan',
  labelPostalCode: 'Kode pos',
  valueYes: 'ya',
  valueNo: 'belum',
  valueSent: 'terkirim',
  valueSkipped: 'tidak dikirim',
  valueNoEmail: 'belum punya (dibantu petugas)',
  valueNone: '-',
  valueUnknown: 'tidak tahu',
  valueKbliUnknown: 'dipilihkan petugas',
  valueSameAsKtp: 'sama dengan alamat KTP',
  valueExistingNib: (p: { nib: string; what: string }) => `${p.nib} (tambah ${p.what})`,
  valueLandArea: (p: { area: string }) => `${p.area} m²`,
  valueWorkers: (p: { count: string }) => `${p.count} orang`,
  valueVillage: (p: { village: string; district: string }) => `${p.village}, Kec. ${p.district}`,
  valueNik: (p: { nik: string; birthDate: string; gender: string }) => `${p.nik} (lahir ${p.birthDate}, ${p.gender})`,
  valuePhoneThisChat: (p: { phone: string }) => `${p.phone} (nomor WhatsApp ini)`,
  valueProductsAsActivity: 'sama dengan kegiatan usaha',
  valueNpwpIsNik: 'pakai NIK',
  valuePostalByOperator: 'diisi petugas',

  factsNoted: (p: { facts: string }) => `Sekalian kami catat: ${p.facts}.`,
  factName: (p: { name: string }) => `nama ${p.name}`,
  factNik: (p: { nik: string; birthDate: string; gender: string }) => `NIK ${p.nik} (lahir ${p.birthDate}, ${p.gender})`,
  factEmail: (p: { email: string }) => `email ${p.email}`,
  factPhone: (p: { phone: string }) => `nomor HP ${p.phone}`,
  factBusinessName: (p: { name: string }) => `nama usaha ${p.name}`,
  factActivity: (p: { activity: string }) => `usaha "${p.activity}"`,
  factVillage: (p: { village: string; district: string }) => `lokasi usaha Desa ${p.village}, Kec. ${p.district}`,
  factVillageName: (p: { village: string }) => `lokasi usaha Desa ${p.village}`,
  factCapital: (p: { amount: string }) => `modal ${p.amount}`,
  factWorkers: (p: { count: string }) => `${p.count} orang pekerja`,
  factRunning: 'usaha sudah berjalan',
  factNotRunning: 'usaha belum berjalan',

  caseCreated: (p: { caseId: string; when: string }) =>
    `✅ Terima kasih! Data sudah kami terima dengan nomor *${p.caseId}*.\n` +
    `Petugas akan menghubungi Bapak/Ibu lewat WhatsApp ini ${p.when}. ` +
    `Kalau OSS mengirim kode lewat WhatsApp, berikan HANYA kepada petugas yang membantu.\n` +
    `Ketik STATUS kapan saja untuk melihat perkembangannya. Layanan ini GRATIS.`,
  whenToday: 'hari ini pada jam kerja',
  whenNext: (p: { at: string }) => `mulai hari kerja berikutnya, ${p.at}`,
} as const;
