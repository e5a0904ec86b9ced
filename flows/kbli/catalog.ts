// Hand-written catalogue of the KBLI 2020 activities that Indonesian micro businesses commonly run.
// Each `title` is the official KBLI 2020 title, copied exactly (including its odd capitalisation);
// test/unit/kbli/catalog.test.ts checks every code and title against the reference data.
// `words` are what owners actually type: everyday names, slang, regional words and common misspellings,
// lower case. The version is stored with every code because KBLI 2025 reuses codes with other meanings.
// Whether OSS allows a code for an individual UMK, and its risk level, is decided by OSS, not here.

export interface KbliEntry {
  code: string;
  title: string;
  version: '2020';
  words: string[];
}

function kbli(code: string, title: string, words: string[]): KbliEntry {
  return { code, title, version: '2020', words };
}

const FOOD_SERVICE: KbliEntry[] = [
  kbli('56101', 'Restoran', ['restoran', 'resto', 'restaurant', 'rumah makan besar', 'restauran']),
  kbli('56102', 'Rumah/Warung Makan', [
    'warung makan', 'warung nasi', 'warteg', 'warung tegal', 'rumah makan', 'depot makan', 'warung pecel',
    'warung soto', 'warung bakso', 'warung mie', 'nasi padang', 'rumah makan padang', 'lalapan', 'warmak',
    'warung makanan', 'jual nasi', 'nasi campur', 'rawon', 'warung rames',
  ]),
  kbli('56103', 'Kedai Makanan', [
    'kedai makanan', 'tenda makanan', 'pecel lele', 'pecel ayam', 'seafood tenda', 'lesehan', 'kedai',
    'warung tenda', 'angkringan', 'nasi goreng', 'sate', 'martabak', 'terang bulan',
  ]),
  kbli('56104', 'Penyediaan Makanan Keliling/Tempat Tidak Tetap', [
    'gorengan', 'jual gorengan', 'bakso keliling', 'pentol', 'cilok', 'siomay', 'batagor', 'cimol',
    'jajanan keliling', 'jualan keliling', 'pedagang keliling', 'bakso', 'mie ayam keliling', 'gerobak',
    'tahu bulat', 'makanan keliling', 'jajanan', 'jajan', 'seblak', 'cireng', 'pempek', 'empek empek', 'gorengn',
  ]),
  kbli('56210', 'Jasa Boga Untuk Suatu Event Tertentu (Event Catering)', [
    'katering', 'catering', 'ketering', 'katring', 'nasi kotak', 'nasi box', 'nasi tumpeng', 'tumpeng',
    'prasmanan', 'snack box', 'kue kotak', 'hajatan', 'pesanan makanan', 'nasi berkat',
  ]),
  kbli('56290', 'Penyediaan Jasa Boga Periode Tertentu', [
    'rantangan', 'katering harian', 'catering bulanan', 'katering kantor', 'katering sekolah', 'makan siang karyawan',
  ]),
  kbli('56303', 'Rumah Minum/Kafe', [
    'warung kopi', 'warkop', 'kafe', 'cafe', 'kafe kopi', 'coffee shop', 'kopi', 'ngopi', 'warung kopi susu',
    'kedai teh', 'kopi shop', 'kopitiam',
  ]),
  kbli('56304', 'Kedai Minuman', [
    'kedai minuman', 'es teh', 'es jeruk', 'jus', 'jus buah', 'boba', 'thai tea', 'minuman kekinian',
    'kedai kopi', 'es', 'es kelapa muda', 'es degan', 'minuman', 'jual es', 'kopi keliling',
  ]),
  kbli('56305', 'Rumah/Kedai Obat Tradisional', ['kedai jamu', 'warung jamu', 'depot jamu', 'jamu seduh']),
  kbli('56306', 'Penyediaan Minuman Keliling/Tempat Tidak Tetap', [
    'jamu gendong', 'es keliling', 'es doger', 'es cincau', 'es dawet', 'dawet', 'cendol', 'es tebu keliling',
    'minuman keliling', 'jamu keliling', 'es puter',
  ]),
];

const FOOD_MAKING: KbliEntry[] = [
  kbli('10710', 'Industri Produk Roti Dan Kue', [
    'roti', 'bakery', 'toko roti', 'bikin roti', 'kue kering', 'kue lebaran', 'nastar', 'brownies', 'bolu',
    'donat', 'roti bakar', 'cake', 'kue ulang tahun', 'kue tart',
  ]),
  kbli('10792', 'Industri Kue Basah', [
    'kue basah', 'jajan pasar', 'kue tradisional', 'klepon', 'lemper', 'onde onde', 'nagasari', 'risol',
    'lapis', 'getuk', 'kue lumpur', 'dadar gulung', 'kue putu', 'serabi', 'apem',
  ]),
  kbli('10794', 'Industri Kerupuk, Keripik, Peyek Dan Sejenisnya', [
    'keripik', 'kripik', 'kerupuk', 'krupuk', 'peyek', 'rempeyek', 'makanan ringan', 'snack', 'camilan',
    'cemilan', 'keripik singkong', 'keripik tempe', 'keripik pisang', 'opak', 'rengginang', 'emping', 'makaroni',
    'usus crispy', 'basreng',
  ]),
  kbli('10391', 'Industri Tempe Kedelai', ['tempe', 'tempe kedelai', 'bikin tempe', 'pengrajin tempe', 'tempeh']),
  kbli('10392', 'Industri Tahu Kedelai', ['tahu', 'pabrik tahu', 'bikin tahu', 'pengrajin tahu', 'tahu goreng']),
  kbli('10772', 'Industri Bumbu Masak Dan Penyedap Masakan', [
    'sambal', 'sambel', 'sambal botol', 'sambal kemasan', 'bumbu pecel', 'bumbu masak', 'bumbu dapur',
    'saus', 'sambal bawang', 'bumbu instan',
  ]),
  kbli('10750', 'Industri Makanan dan Masakan Olahan', [
    'frozen food', 'makanan beku', 'lauk kemasan', 'masakan olahan', 'ayam ungkep', 'dimsum', 'rendang kemasan',
    'pepes', 'bandeng presto',
  ]),
  kbli('10130', 'Industri Pengolahan dan Pengawetan Produk Daging dan Daging Unggas', [
    'bikin bakso', 'pabrik bakso', 'sosis', 'nugget', 'abon', 'dendeng', 'daging olahan', 'bakso daging',
  ]),
  kbli('10761', 'Industri Pengolahan Kopi', ['kopi bubuk', 'roasting kopi', 'sangrai kopi', 'kopi kemasan', 'giling kopi']),
  kbli('11040', 'Industri Minuman Ringan', [
    'minuman kemasan', 'minuman botol', 'minuman serbuk', 'sirup', 'minuman gelas', 'jus kemasan', 'es teh kemasan',
  ]),
  kbli('11052', 'Industri Air Minum Isi Ulang', [
    'air isi ulang', 'depot air', 'depot air minum', 'isi ulang galon', 'air galon', 'damiu', 'air minum isi ulang',
  ]),
  kbli('21022', 'Industri Produk Obat Tradisional untuk Manusia', [
    'bikin jamu', 'jamu kemasan', 'jamu botol', 'produksi jamu', 'herbal', 'jamu tradisional', 'empon empon',
  ]),
];

const SHOPS: KbliEntry[] = [
  kbli(
    '47112',
    'Perdagangan Eceran Berbagai Macam Barang Yang Utamanya Makanan, Minuman Atau Tembakau Bukan Di Minimarket/Supermarket/Hypermarket (Tradisional)',
    [
      'toko kelontong', 'kelontong', 'klontong', 'kelontongan', 'toko sembako', 'sembako', 'warung sembako',
      'warung kelontong', 'toko', 'warung', 'toko kecil', 'warung rumahan', 'toko klontong', 'pracangan',
      'toko pracangan', 'jual sembako', 'mracang', 'peracangan',
    ],
  ),
  kbli('47213', 'Perdagangan Eceran Sayuran', ['jual sayur', 'sayur', 'sayuran', 'bakul sayur', 'toko sayur', 'tukang sayur']),
  kbli('47212', 'Perdagangan Eceran Buah-buahan', ['jual buah', 'toko buah', 'buah buahan', 'buah']),
  kbli('47214', 'Perdagangan Eceran Hasil Peternakan', [
    'jual telur', 'telur', 'jual daging', 'daging ayam', 'jual ayam potong', 'ayam potong', 'los daging', 'jual susu',
  ]),
  kbli('47215', 'Perdagangan Eceran Hasil Perikanan', ['jual ikan', 'ikan segar', 'bakul ikan', 'ikan laut', 'jual ikan segar']),
  kbli('47242', 'Perdagangan Eceran Roti, Kue Kering, serta Kue Basah dan Sejenisnya', [
    'jual kue', 'jual roti', 'toko kue', 'titip kue', 'reseller kue', 'jualan kue',
  ]),
  kbli('47249', 'Perdagangan Eceran Makanan Lainnya', [
    'jual makanan ringan', 'toko snack', 'toko camilan', 'jual keripik', 'jual kerupuk', 'oleh oleh', 'toko oleh oleh',
  ]),
  kbli('47230', 'Perdagangan Eceran Khusus Rokok dan Tembakau di Toko', ['jual rokok', 'rokok', 'tembakau', 'toko rokok', 'kios rokok']),
  kbli('47711', 'Perdagangan Eceran Pakaian', [
    'jual baju', 'toko baju', 'baju', 'pakaian', 'toko pakaian', 'butik', 'distro', 'jualan baju', 'busana muslim',
    'kerudung', 'jilbab', 'hijab',
  ]),
  kbli('47724', 'Perdagangan Eceran Kosmetik Untuk Manusia', ['kosmetik', 'skincare', 'make up', 'jual kosmetik', 'toko kosmetik', 'skin care']),
  kbli('47722', 'Perdagangan Eceran Barang Dan Obat Farmasi Untuk Manusia Bukan Di Apotik', ['toko obat', 'jual obat', 'obat', 'obat obatan']),
  // A pharmacy needs a licensed pharmacist and extra permits; listed so the bot can recognise it and route it.
  kbli('47721', 'Perdagangan Eceran Barang Dan Obat Farmasi Untuk Manusia Di Apotik', ['apotek', 'apotik', 'apotek kecil']),
  kbli('47723', 'Perdagangan Eceran Obat Tradisional Untuk Manusia', ['jual jamu', 'toko jamu', 'toko herbal', 'jamu']),
  kbli('47414', 'Perdagangan Eceran Alat Telekomunikasi', [
    'konter hp', 'counter hp', 'konter', 'jual hp', 'toko hp', 'handphone', 'aksesoris hp', 'hp', 'ponsel', 'jual handphone',
  ]),
  kbli('61999', 'Aktivitas Telekomunikasi Lainnya YTDL', [
    'pulsa', 'jual pulsa', 'konter pulsa', 'voucher', 'kuota', 'paket data', 'kartu perdana', 'token listrik', 'pulsa listrik',
  ]),
  kbli(
    '47302',
    'Perdagangan Eceran Bahan Bakar Minyak, Bahan Bakar Gas (BBG), dan Liquefied Petroleum Gas (LPG) Selain Di Sarana Pengisian Bahan Bakar Transportasi Darat, Laut, dan Udara',
    ['pertamini', 'bensin eceran', 'jual bensin', 'pangkalan gas', 'agen gas', 'gas elpiji', 'elpiji', 'lpg', 'jual gas'],
  ),
  kbli('47528', 'Perdagangan Eceran Berbagai Macam Material Bangunan', [
    'toko bangunan', 'material bangunan', 'toko material', 'jual semen', 'bahan bangunan', 'toko besi',
  ]),
  kbli('47611', 'Perdagangan Eceran Alat Tulis Menulis Dan Gambar', ['atk', 'alat tulis', 'toko atk', 'alat tulis kantor', 'toko buku tulis']),
  kbli('47754', 'Perdagangan Eceran Pakan Ternak/Unggas/Ikan dan Hewan Piaraan', ['jual pakan', 'toko pakan', 'pakan ternak', 'pakan ikan', 'pelet', 'poultry shop']),
  kbli('47763', 'Perdagangan Eceran Pupuk Dan Pemberantas Hama', ['toko pertanian', 'jual pupuk', 'pupuk', 'obat hama', 'kios pupuk', 'toko tani']),
  kbli('47829', 'Perdagangan Eceran Kaki Lima Dan Los Pasar Komoditi Makanan Dan Minuman Ytdl', [
    'kaki lima', 'pedagang kaki lima', 'pkl', 'lapak pasar', 'jualan di pasar', 'los pasar',
  ]),
  kbli('47911', 'Perdagangan Eceran Melalui Media Untuk Komoditi Makanan, Minuman, Tembakau, Kimia, Farmasi, Kosmetik Dan Alat Laboratorium', [
    'jual makanan online', 'jualan online makanan', 'makanan online', 'kosmetik online', 'frozen food online',
  ]),
  kbli('47912', 'Perdagangan Eceran Melalui Media Untuk Komoditi Tekstil, Pakaian, Alas Kaki Dan Barang Keperluan Pribadi', [
    'baju online', 'jual baju online', 'olshop baju', 'online shop baju', 'pakaian online', 'hijab online', 'sepatu online',
  ]),
  kbli('47919', 'Perdagangan Eceran Melalui Media Untuk Berbagai Macam Barang Lainnya', [
    'jualan online', 'jual online', 'olshop', 'online shop', 'toko online', 'shopee', 'tokopedia', 'reseller', 'dropship',
    'dropshipper',
  ]),
];

const SERVICES: KbliEntry[] = [
  kbli('96200', 'Aktivitas penatu', [
    'laundry', 'londri', 'laundri', 'laundy', 'loundry', 'cuci baju', 'cuci setrika', 'cuci kiloan', 'binatu',
    'penatu', 'dry clean', 'setrika', 'laundry kiloan', 'jasa cuci',
  ]),
  kbli('45407', 'Reparasi Dan Perawatan Sepeda Motor', [
    'bengkel motor', 'bengkel sepeda motor', 'servis motor', 'service motor', 'tambal ban', 'bengkel', 'montir motor',
    'cuci motor', 'doorsmeer motor', 'ganti oli', 'bengkel montor', 'tambal ban motor',
  ]),
  kbli('45201', 'Reparasi Mobil', ['bengkel mobil', 'servis mobil', 'service mobil', 'montir mobil', 'ketok magic', 'spooring', 'bengkel ketok']),
  kbli('45202', 'Pencucian Dan Salon Mobil', ['cuci mobil', 'salon mobil', 'doorsmeer', 'car wash', 'steam mobil', 'cucian mobil', 'cuci steam']),
  kbli('96111', 'Aktivitas Pangkas Rambut', ['potong rambut', 'pangkas rambut', 'barbershop', 'barber', 'tukang cukur', 'cukur rambut', 'cukur', 'pangkas']),
  kbli('96112', 'Aktivitas Salon Kecantikan', [
    'salon', 'salon kecantikan', 'rias pengantin', 'perias', 'make up artist', 'mua', 'tata rias', 'nail art', 'creambath',
    'salon muslimah',
  ]),
  kbli('96121', 'Rumah Pijat', ['pijat', 'pijet', 'tukang pijat', 'urut', 'refleksi', 'pijat bayi', 'massage']),
  kbli('95291', 'Aktivitas Vermak Pakaian', ['vermak', 'permak', 'vermak levis', 'permak jeans', 'permak baju']),
  kbli('95120', 'Reparasi Peralatan Komunikasi', ['servis hp', 'service hp', 'servis handphone', 'reparasi hp', 'ganti lcd', 'servis ponsel']),
  kbli('95210', 'Reparasi Alat-alat Elektronik Konsumen', [
    'servis elektronik', 'service elektronik', 'servis tv', 'service tv', 'reparasi elektronik', 'tukang servis', 'servis radio',
  ]),
  kbli('95220', 'Reparasi Peralatan Rumah Tangga Dan Peralatan Rumah Dan Kebun', [
    'servis ac', 'service ac', 'cuci ac', 'servis kulkas', 'servis mesin cuci', 'servis kompor', 'tukang ac', 'pasang ac', 'bongkar pasang ac',
  ]),
  kbli('95110', 'Reparasi Komputer dan Peralatan Sejenisnya', ['servis komputer', 'service laptop', 'servis laptop', 'reparasi komputer', 'servis printer']),
  kbli('82190', 'Aktivitas Fotokopi, Penyiapan Dokumen dan Aktivitas Khusus Penunjang Kantor Lainnya', [
    'fotokopi', 'fotocopy', 'foto kopi', 'potokopi', 'photocopy', 'pengetikan', 'jasa ketik', 'print dokumen', 'rental komputer',
    'jilid', 'laminating', 'scan dokumen',
  ]),
  kbli('18111', 'Industri Pencetakan Umum', ['percetakan', 'cetak undangan', 'sablon', 'cetak banner', 'digital printing', 'cetak spanduk', 'cetak brosur', 'printing']),
  kbli('74201', 'Aktivitas Fotografi', ['foto studio', 'studio foto', 'fotografer', 'foto', 'jasa foto', 'foto wedding', 'pas foto', 'videografer']),
  kbli('77291', 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Alat Pesta', [
    'sewa tenda', 'persewaan tenda', 'sewa alat pesta', 'dekorasi pernikahan', 'sewa kursi', 'terop', 'tarub', 'sound system',
  ]),
  kbli('77100', 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mobil, Bus, Truk Dan Sejenisnya', [
    'rental mobil', 'sewa mobil', 'rental motor', 'sewa motor', 'rent car', 'lepas kunci',
  ]),
  kbli('49422', 'Angkutan Sewa', ['travel', 'travel antar kota', 'carter', 'carteran', 'sewa mobil dengan sopir', 'antar jemput', 'shuttle']),
  kbli('49424', 'Angkutan Ojek Motor', ['ojek', 'ojol', 'ojek online', 'ojek pangkalan', 'gojek', 'grab', 'ojeg']),
  kbli('55900', 'Penyediaan Akomodasi Lainnya', ['kos', 'kost', 'kos kosan', 'kost kostan', 'kosan', 'indekos', 'rumah kos', 'asrama', 'kontrakan kamar']),
  kbli('55130', 'Pondok Wisata', ['homestay', 'home stay', 'pondok wisata', 'penginapan', 'losmen', 'guest house']),
  kbli('61994', 'Jasa Jual Kembali Jasa Telekomunikasi', ['warnet', 'warung internet', 'wifi', 'jual voucher wifi', 'hotspot', 'internet cafe', 'rt rw net']),
  kbli('85495', 'Pendidikan Bimbingan Belajar Dan Konseling Swasta', ['bimbel', 'les', 'les privat', 'bimbingan belajar', 'les anak', 'kursus', 'guru les']),
];

const CRAFT_AND_BUILDING: KbliEntry[] = [
  kbli('14111', 'Industri Pakaian Jadi (Konveksi) Dari Tekstil', [
    'konveksi', 'konfeksi', 'konveksi baju', 'bikin baju', 'produksi baju', 'garmen', 'kaos', 'seragam', 'pakaian jadi',
  ]),
  kbli('14120', 'Penjahitan Dan Pembuatan Pakaian Sesuai Pesanan', [
    'jahit', 'penjahit', 'jahit baju', 'tukang jahit', 'jahitan', 'modiste', 'jahit kebaya', 'terima jahitan', 'menjahit',
  ]),
  kbli('13134', 'Industri Batik', ['batik', 'batik tulis', 'batik cap', 'membatik', 'pengrajin batik', 'kain batik']),
  kbli('16291', 'Industri Barang Anyaman Dari Rotan Dan Bambu', ['anyaman', 'anyaman bambu', 'kerajinan bambu', 'besek', 'tampah', 'kerajinan rotan', 'kerajinan anyaman']),
  kbli('16293', 'Industri Kerajinan Ukiran Dari Kayu Bukan Mebeller', ['ukiran', 'ukir kayu', 'kerajinan kayu', 'patung kayu', 'souvenir kayu']),
  kbli('31001', 'Industri Furnitur Dari Kayu', [
    'mebel', 'meubel', 'mebel kayu', 'furniture', 'furnitur', 'tukang kayu', 'lemari', 'kursi kayu', 'meja kayu', 'meubelair',
  ]),
  kbli('16221', 'Industri Barang Bangunan Dari Kayu', ['kusen', 'kusen pintu', 'pintu kayu', 'jendela kayu', 'usuk', 'reng']),
  kbli('25111', 'Industri Barang Dari Logam Bukan Aluminium Siap Pasang Untuk Bangunan', [
    'las', 'bengkel las', 'tukang las', 'las pagar', 'teralis', 'pagar besi', 'kanopi', 'pintu besi', 'las listrik', 'las keliling', 'konstruksi baja ringan',
  ]),
  kbli('32903', 'Industri Kerajinan YTDL', ['kerajinan', 'kerajinan tangan', 'handicraft', 'kerajinan batok', 'souvenir', 'suvenir', 'hampers', 'bunga hias']),
  kbli('23921', 'Industri Batu Bata Dari Tanah Liat/Keramik', ['batu bata', 'bata merah', 'bikin bata', 'pembuatan batu bata', 'bata']),
  kbli('41011', 'Konstruksi Gedung Hunian', ['tukang bangunan', 'bangun rumah', 'renovasi rumah', 'kontraktor rumah', 'pemborong', 'mandor bangunan']),
];

const FARMING: KbliEntry[] = [
  kbli('01122', 'Pertanian Padi Inbrida', ['padi', 'tani padi', 'sawah', 'petani padi', 'nanam padi', 'bertani padi']),
  kbli('01111', 'Pertanian Jagung', ['jagung', 'tani jagung', 'petani jagung', 'nanam jagung']),
  kbli('01131', 'Pertanian Hortikultura Sayuran Daun', ['sayur daun', 'tani sayur', 'kangkung', 'bayam', 'sawi', 'kubis', 'kol', 'petani sayur', 'kebun sayur']),
  kbli('01133', 'Pertanian Hortikultura Sayuran Buah', ['tomat', 'terong', 'timun', 'mentimun', 'labu', 'waluh', 'tani tomat']),
  kbli('01283', 'Pertanian Cabai', ['cabai', 'cabe', 'lombok', 'tani cabe', 'petani cabai', 'cabe rawit']),
  kbli('01132', 'Pertanian Hortikultura Buah', ['kebun buah', 'petani buah', 'jeruk', 'mangga', 'pisang', 'melon', 'semangka', 'buah naga', 'durian', 'kebun pisang']),
  kbli('01135', 'Pertanian Aneka Umbi Palawija', ['singkong', 'ketela', 'ubi', 'ubi jalar', 'porang', 'talas', 'telo']),
  kbli('01461', 'Budidaya Ayam Ras Pedaging', ['ayam broiler', 'broiler', 'ternak ayam', 'ayam pedaging', 'peternak ayam', 'kandang ayam']),
  kbli('01462', 'Budidaya Ayam Ras Petelur', ['ayam petelur', 'ternak ayam petelur', 'peternak telur', 'ayam layer', 'layer']),
  kbli('01464', 'Budidaya Ayam Lokal dan Persilangannya', ['ayam kampung', 'ternak ayam kampung', 'ayam joper', 'ayam jawa super', 'ayam buras']),
  kbli('01465', 'Pembibitan dan Budidaya Itik dan/atau Bebek', ['bebek', 'itik', 'ternak bebek', 'ternak itik', 'angon bebek']),
  kbli('01442', 'Pembibitan Dan Budidaya Kambing Potong', ['kambing', 'ternak kambing', 'peternak kambing', 'wedus', 'kambing etawa']),
  kbli('01441', 'Pembibitan Dan Budidaya Domba Potong', ['domba', 'ternak domba', 'biri biri', 'gembel']),
  kbli('01411', 'Pembibitan Dan Budidaya Sapi Potong', ['sapi', 'ternak sapi', 'sapi potong', 'penggemukan sapi', 'peternak sapi', 'sapi pedaging']),
  kbli('01412', 'Pembibitan Dan Budidaya Sapi Perah', ['sapi perah', 'susu sapi', 'peternak sapi perah', 'perah susu']),
  kbli('03221', 'Pembesaran Ikan Air Tawar Di Kolam', [
    'lele', 'ternak lele', 'budidaya lele', 'kolam lele', 'ikan nila', 'nila', 'gurame', 'ikan mas', 'kolam ikan',
    'ternak ikan', 'budidaya ikan', 'patin', 'kolam terpal',
  ]),
  kbli('03226', 'Pembenihan Ikan Air Tawar', ['bibit ikan', 'benih ikan', 'pembenihan lele', 'pembibitan ikan', 'bibit lele']),
];

export const KBLI_CATALOG: readonly KbliEntry[] = [
  ...FOOD_SERVICE,
  ...FOOD_MAKING,
  ...SHOPS,
  ...SERVICES,
  ...CRAFT_AND_BUILDING,
  ...FARMING,
];
