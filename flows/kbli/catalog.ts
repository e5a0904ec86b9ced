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
  /** What the applicant reads in a list: everyday words, at most 32 characters. */
  short: { id: string; en: string };
  words: string[];
}

/** `short` is [Indonesian, English]: the everyday names the bot lists choices by. */
function kbli(code: string, title: string, short: readonly [id: string, en: string], words: string[]): KbliEntry {
  const [id, en] = short;
  return { code, title, version: '2020', short: { id, en }, words };
}

const FOOD_SERVICE: KbliEntry[] = [
  kbli('56101', 'Restoran', ['Restoran', 'Restaurant'], ['restoran', 'resto', 'restaurant', 'rumah makan besar', 'restauran']),
  kbli('56102', 'Rumah/Warung Makan', ['Warung makan', 'Food stall / eatery'], [
    'warung makan', 'warung nasi', 'warteg', 'warung tegal', 'rumah makan', 'depot makan', 'warung pecel',
    'warung soto', 'warung bakso', 'warung mie', 'nasi padang', 'rumah makan padang', 'lalapan', 'warmak',
    'warung makanan', 'jual nasi', 'nasi campur', 'rawon', 'warung rames',
  ]),
  kbli('56103', 'Kedai Makanan', ['Kedai makanan (tenda, lesehan)', 'Tent food stall (lesehan)'], [
    'kedai makanan', 'tenda makanan', 'pecel lele', 'pecel ayam', 'seafood tenda', 'lesehan', 'kedai',
    'warung tenda', 'angkringan', 'nasi goreng', 'sate', 'martabak', 'terang bulan',
  ]),
  kbli('56104', 'Penyediaan Makanan Keliling/Tempat Tidak Tetap', ['Jualan makanan keliling', 'Street food cart / hawker'], [
    'gorengan', 'jual gorengan', 'bakso keliling', 'pentol', 'cilok', 'siomay', 'batagor', 'cimol',
    'jajanan keliling', 'jualan keliling', 'pedagang keliling', 'bakso', 'mie ayam keliling', 'gerobak',
    'tahu bulat', 'makanan keliling', 'jajanan', 'jajan', 'seblak', 'cireng', 'pempek', 'empek empek', 'gorengn',
  ]),
  kbli('56210', 'Jasa Boga Untuk Suatu Event Tertentu (Event Catering)', ['Katering hajatan, nasi kotak', 'Event catering'], [
    'katering', 'catering', 'ketering', 'katring', 'nasi kotak', 'nasi box', 'nasi tumpeng', 'tumpeng',
    'prasmanan', 'snack box', 'kue kotak', 'hajatan', 'pesanan makanan', 'nasi berkat',
  ]),
  kbli('56290', 'Penyediaan Jasa Boga Periode Tertentu', ['Katering harian (rantangan)', 'Daily or contract catering'], [
    'rantangan', 'katering harian', 'catering bulanan', 'katering kantor', 'katering sekolah', 'makan siang karyawan',
  ]),
  kbli('56303', 'Rumah Minum/Kafe', ['Warung kopi, kafe', 'Coffee shop / cafe'], [
    'warung kopi', 'warkop', 'kafe', 'cafe', 'kafe kopi', 'coffee shop', 'kopi', 'ngopi', 'warung kopi susu',
    'kedai teh', 'kopi shop', 'kopitiam',
  ]),
  kbli('56304', 'Kedai Minuman', ['Kedai minuman', 'Drinks stall (juice, iced tea)'], [
    'kedai minuman', 'es teh', 'es jeruk', 'jus', 'jus buah', 'boba', 'thai tea', 'minuman kekinian',
    'kedai kopi', 'es', 'es kelapa muda', 'es degan', 'minuman', 'jual es', 'kopi keliling',
  ]),
  kbli('56305', 'Rumah/Kedai Obat Tradisional', ['Kedai jamu', 'Herbal drink (jamu) stall'], [
    'kedai jamu', 'warung jamu', 'depot jamu', 'jamu seduh',
  ]),
  kbli('56306', 'Penyediaan Minuman Keliling/Tempat Tidak Tetap', ['Jualan minuman keliling', 'Mobile drinks or jamu seller'], [
    'jamu gendong', 'es keliling', 'es doger', 'es cincau', 'es dawet', 'dawet', 'cendol', 'es tebu keliling',
    'minuman keliling', 'jamu keliling', 'es puter',
  ]),
];

const FOOD_MAKING: KbliEntry[] = [
  kbli('10710', 'Industri Produk Roti Dan Kue', ['Bikin roti, bolu, kue kering', 'Bakery (bread, cakes, cookies)'], [
    'roti', 'bakery', 'toko roti', 'bikin roti', 'kue kering', 'kue lebaran', 'nastar', 'brownies', 'bolu',
    'donat', 'roti bakar', 'cake', 'kue ulang tahun', 'kue tart',
  ]),
  kbli('10792', 'Industri Kue Basah', ['Bikin kue basah (jajan pasar)', 'Traditional cakes (kue basah)'], [
    'kue basah', 'jajan pasar', 'kue tradisional', 'klepon', 'lemper', 'onde onde', 'nagasari', 'risol',
    'lapis', 'getuk', 'kue lumpur', 'dadar gulung', 'kue putu', 'serabi', 'apem',
  ]),
  kbli('10794', 'Industri Kerupuk, Keripik, Peyek Dan Sejenisnya', ['Keripik, kerupuk, peyek', 'Chips and crackers making'], [
    'keripik', 'kripik', 'kerupuk', 'krupuk', 'peyek', 'rempeyek', 'makanan ringan', 'snack', 'camilan',
    'cemilan', 'keripik singkong', 'keripik tempe', 'keripik pisang', 'opak', 'rengginang', 'emping', 'makaroni',
    'usus crispy', 'basreng',
  ]),
  kbli('10391', 'Industri Tempe Kedelai', ['Bikin tempe', 'Tempeh making'], [
    'tempe', 'tempe kedelai', 'bikin tempe', 'pengrajin tempe', 'tempeh',
  ]),
  kbli('10392', 'Industri Tahu Kedelai', ['Bikin tahu', 'Tofu making'], [
    'tahu', 'pabrik tahu', 'bikin tahu', 'pengrajin tahu', 'tahu goreng',
  ]),
  kbli('10772', 'Industri Bumbu Masak Dan Penyedap Masakan', ['Sambal dan bumbu kemasan', 'Packaged sambal and spices'], [
    'sambal', 'sambel', 'sambal botol', 'sambal kemasan', 'bumbu pecel', 'bumbu masak', 'bumbu dapur',
    'saus', 'sambal bawang', 'bumbu instan',
  ]),
  kbli('10750', 'Industri Makanan dan Masakan Olahan', ['Makanan beku dan lauk kemasan', 'Frozen and packaged dishes'], [
    'frozen food', 'makanan beku', 'lauk kemasan', 'masakan olahan', 'ayam ungkep', 'dimsum', 'rendang kemasan',
    'pepes', 'bandeng presto',
  ]),
  kbli(
    '10130',
    'Industri Pengolahan dan Pengawetan Produk Daging dan Daging Unggas',
    ['Bikin bakso, sosis, abon', 'Meatball and meat products'],
    ['bikin bakso', 'pabrik bakso', 'sosis', 'nugget', 'abon', 'dendeng', 'daging olahan', 'bakso daging'],
  ),
  kbli('10761', 'Industri Pengolahan Kopi', ['Kopi bubuk, sangrai kopi', 'Coffee roasting and grinding'], [
    'kopi bubuk', 'roasting kopi', 'sangrai kopi', 'kopi kemasan', 'giling kopi',
  ]),
  kbli('11040', 'Industri Minuman Ringan', ['Minuman kemasan, sirup', 'Packaged drinks and syrups'], [
    'minuman kemasan', 'minuman botol', 'minuman serbuk', 'sirup', 'minuman gelas', 'jus kemasan', 'es teh kemasan',
  ]),
  kbli('11052', 'Industri Air Minum Isi Ulang', ['Depot air isi ulang', 'Refill drinking water depot'], [
    'air isi ulang', 'depot air', 'depot air minum', 'isi ulang galon', 'air galon', 'damiu', 'air minum isi ulang',
  ]),
  kbli('21022', 'Industri Produk Obat Tradisional untuk Manusia', ['Produksi jamu kemasan', 'Packaged jamu production'], [
    'bikin jamu', 'jamu kemasan', 'jamu botol', 'produksi jamu', 'herbal', 'jamu tradisional', 'empon empon',
  ]),
];

const SHOPS: KbliEntry[] = [
  kbli(
    '47112',
    'Perdagangan Eceran Berbagai Macam Barang Yang Utamanya Makanan, Minuman Atau Tembakau Bukan Di Minimarket/Supermarket/Hypermarket (Tradisional)',
    ['Toko kelontong / warung sembako', 'Grocery and corner shop'],
    [
      'toko kelontong', 'kelontong', 'klontong', 'kelontongan', 'toko sembako', 'sembako', 'warung sembako',
      'warung kelontong', 'toko', 'warung', 'toko kecil', 'warung rumahan', 'toko klontong', 'pracangan',
      'toko pracangan', 'jual sembako', 'mracang', 'peracangan',
    ],
  ),
  kbli('47213', 'Perdagangan Eceran Sayuran', ['Jual sayuran', 'Vegetable seller'], [
    'jual sayur', 'sayur', 'sayuran', 'bakul sayur', 'toko sayur', 'tukang sayur',
  ]),
  kbli('47212', 'Perdagangan Eceran Buah-buahan', ['Jual buah', 'Fruit seller'], ['jual buah', 'toko buah', 'buah buahan', 'buah']),
  kbli('47214', 'Perdagangan Eceran Hasil Peternakan', ['Jual telur, daging, ayam potong', 'Eggs, meat and chicken seller'], [
    'jual telur', 'telur', 'jual daging', 'daging ayam', 'jual ayam potong', 'ayam potong', 'los daging', 'jual susu',
  ]),
  kbli('47215', 'Perdagangan Eceran Hasil Perikanan', ['Jual ikan segar', 'Fresh fish seller'], [
    'jual ikan', 'ikan segar', 'bakul ikan', 'ikan laut', 'jual ikan segar',
  ]),
  kbli('47242', 'Perdagangan Eceran Roti, Kue Kering, serta Kue Basah dan Sejenisnya', ['Jual roti dan kue', 'Bread and cake seller'], [
    'jual kue', 'jual roti', 'toko kue', 'titip kue', 'reseller kue', 'jualan kue',
  ]),
  kbli('47249', 'Perdagangan Eceran Makanan Lainnya', ['Toko camilan, oleh-oleh', 'Snack and souvenir food shop'], [
    'jual makanan ringan', 'toko snack', 'toko camilan', 'jual keripik', 'jual kerupuk', 'oleh oleh', 'toko oleh oleh',
  ]),
  kbli('47230', 'Perdagangan Eceran Khusus Rokok dan Tembakau di Toko', ['Toko rokok', 'Cigarette and tobacco shop'], [
    'jual rokok', 'rokok', 'tembakau', 'toko rokok', 'kios rokok',
  ]),
  kbli('47711', 'Perdagangan Eceran Pakaian', ['Toko baju, jilbab', 'Clothing shop'], [
    'jual baju', 'toko baju', 'baju', 'pakaian', 'toko pakaian', 'butik', 'distro', 'jualan baju', 'busana muslim',
    'kerudung', 'jilbab', 'hijab',
  ]),
  kbli('47724', 'Perdagangan Eceran Kosmetik Untuk Manusia', ['Toko kosmetik, skincare', 'Cosmetics and skincare shop'], [
    'kosmetik', 'skincare', 'make up', 'jual kosmetik', 'toko kosmetik', 'skin care',
  ]),
  kbli(
    '47722',
    'Perdagangan Eceran Barang Dan Obat Farmasi Untuk Manusia Bukan Di Apotik',
    ['Toko obat (bukan apotek)', 'Medicine shop (not pharmacy)'],
    ['toko obat', 'jual obat', 'obat', 'obat obatan'],
  ),
  // A pharmacy needs a licensed pharmacist and extra permits; listed so the bot can recognise it and route it.
  kbli('47721', 'Perdagangan Eceran Barang Dan Obat Farmasi Untuk Manusia Di Apotik', ['Apotek', 'Pharmacy'], [
    'apotek', 'apotik', 'apotek kecil',
  ]),
  kbli('47723', 'Perdagangan Eceran Obat Tradisional Untuk Manusia', ['Toko jamu, herbal', 'Jamu and herbal shop'], [
    'jual jamu', 'toko jamu', 'toko herbal', 'jamu',
  ]),
  kbli('47414', 'Perdagangan Eceran Alat Telekomunikasi', ['Konter HP, aksesoris', 'Mobile phone shop'], [
    'konter hp', 'counter hp', 'konter', 'jual hp', 'toko hp', 'handphone', 'aksesoris hp', 'hp', 'ponsel', 'jual handphone',
  ]),
  kbli('61999', 'Aktivitas Telekomunikasi Lainnya YTDL', ['Jual pulsa, kuota, token', 'Phone credit and data top-up'], [
    'pulsa', 'jual pulsa', 'konter pulsa', 'voucher', 'kuota', 'paket data', 'kartu perdana', 'token listrik', 'pulsa listrik',
  ]),
  kbli(
    '47302',
    'Perdagangan Eceran Bahan Bakar Minyak, Bahan Bakar Gas (BBG), dan Liquefied Petroleum Gas (LPG) Selain Di Sarana Pengisian Bahan Bakar Transportasi Darat, Laut, dan Udara',
    ['Bensin eceran, pangkalan elpiji', 'Petrol and LPG retail'],
    ['pertamini', 'bensin eceran', 'jual bensin', 'pangkalan gas', 'agen gas', 'gas elpiji', 'elpiji', 'lpg', 'jual gas'],
  ),
  kbli('47528', 'Perdagangan Eceran Berbagai Macam Material Bangunan', ['Toko bangunan', 'Building materials shop'], [
    'toko bangunan', 'material bangunan', 'toko material', 'jual semen', 'bahan bangunan', 'toko besi',
  ]),
  kbli('47611', 'Perdagangan Eceran Alat Tulis Menulis Dan Gambar', ['Toko alat tulis (ATK)', 'Stationery shop'], [
    'atk', 'alat tulis', 'toko atk', 'alat tulis kantor', 'toko buku tulis',
  ]),
  kbli('47754', 'Perdagangan Eceran Pakan Ternak/Unggas/Ikan dan Hewan Piaraan', ['Toko pakan ternak dan ikan', 'Animal feed shop'], [
    'jual pakan', 'toko pakan', 'pakan ternak', 'pakan ikan', 'pelet', 'poultry shop',
  ]),
  kbli('47763', 'Perdagangan Eceran Pupuk Dan Pemberantas Hama', ['Toko pupuk, obat hama', 'Fertiliser and pesticide shop'], [
    'toko pertanian', 'jual pupuk', 'pupuk', 'obat hama', 'kios pupuk', 'toko tani',
  ]),
  kbli(
    '47829',
    'Perdagangan Eceran Kaki Lima Dan Los Pasar Komoditi Makanan Dan Minuman Ytdl',
    ['Lapak pasar, kaki lima', 'Market stall (food goods)'],
    ['kaki lima', 'pedagang kaki lima', 'pkl', 'lapak pasar', 'jualan di pasar', 'los pasar'],
  ),
  kbli(
    '47911',
    'Perdagangan Eceran Melalui Media Untuk Komoditi Makanan, Minuman, Tembakau, Kimia, Farmasi, Kosmetik Dan Alat Laboratorium',
    ['Jualan online makanan, kosmetik', 'Online food and cosmetics sales'],
    ['jual makanan online', 'jualan online makanan', 'makanan online', 'kosmetik online', 'frozen food online'],
  ),
  kbli(
    '47912',
    'Perdagangan Eceran Melalui Media Untuk Komoditi Tekstil, Pakaian, Alas Kaki Dan Barang Keperluan Pribadi',
    ['Jualan online baju, sepatu', 'Online clothing sales'],
    ['baju online', 'jual baju online', 'olshop baju', 'online shop baju', 'pakaian online', 'hijab online', 'sepatu online'],
  ),
  kbli(
    '47919',
    'Perdagangan Eceran Melalui Media Untuk Berbagai Macam Barang Lainnya',
    ['Jualan online barang lainnya', 'Online sales of other goods'],
    ['jualan online', 'jual online', 'olshop', 'online shop', 'toko online', 'shopee', 'tokopedia', 'reseller', 'dropship', 'dropshipper'],
  ),
];

const SERVICES: KbliEntry[] = [
  kbli('96200', 'Aktivitas penatu', ['Laundry, cuci setrika', 'Laundry'], [
    'laundry', 'londri', 'laundri', 'laundy', 'loundry', 'cuci baju', 'cuci setrika', 'cuci kiloan', 'binatu',
    'penatu', 'dry clean', 'setrika', 'laundry kiloan', 'jasa cuci',
  ]),
  kbli('45407', 'Reparasi Dan Perawatan Sepeda Motor', ['Bengkel motor', 'Motorbike repair shop'], [
    'bengkel motor', 'bengkel sepeda motor', 'servis motor', 'service motor', 'tambal ban', 'bengkel', 'montir motor',
    'cuci motor', 'doorsmeer motor', 'ganti oli', 'bengkel montor', 'tambal ban motor',
  ]),
  kbli('45201', 'Reparasi Mobil', ['Bengkel mobil', 'Car repair shop'], [
    'bengkel mobil', 'servis mobil', 'service mobil', 'montir mobil', 'ketok magic', 'spooring', 'bengkel ketok',
  ]),
  kbli('45202', 'Pencucian Dan Salon Mobil', ['Cuci mobil, salon mobil', 'Car wash and detailing'], [
    'cuci mobil', 'salon mobil', 'doorsmeer', 'car wash', 'steam mobil', 'cucian mobil', 'cuci steam',
  ]),
  kbli('96111', 'Aktivitas Pangkas Rambut', ['Tukang cukur, barbershop', 'Barber shop'], [
    'potong rambut', 'pangkas rambut', 'barbershop', 'barber', 'tukang cukur', 'cukur rambut', 'cukur', 'pangkas',
  ]),
  kbli('96112', 'Aktivitas Salon Kecantikan', ['Salon kecantikan, rias', 'Beauty salon and make-up'], [
    'salon', 'salon kecantikan', 'rias pengantin', 'perias', 'make up artist', 'mua', 'tata rias', 'nail art', 'creambath',
    'salon muslimah',
  ]),
  kbli('96121', 'Rumah Pijat', ['Tukang pijat, refleksi', 'Massage and reflexology'], [
    'pijat', 'pijet', 'tukang pijat', 'urut', 'refleksi', 'pijat bayi', 'massage',
  ]),
  kbli('95291', 'Aktivitas Vermak Pakaian', ['Permak pakaian', 'Clothing alterations'], [
    'vermak', 'permak', 'vermak levis', 'permak jeans', 'permak baju',
  ]),
  kbli('95120', 'Reparasi Peralatan Komunikasi', ['Servis HP', 'Phone repair'], [
    'servis hp', 'service hp', 'servis handphone', 'reparasi hp', 'ganti lcd', 'servis ponsel',
  ]),
  kbli('95210', 'Reparasi Alat-alat Elektronik Konsumen', ['Servis TV dan elektronik', 'TV and electronics repair'], [
    'servis elektronik', 'service elektronik', 'servis tv', 'service tv', 'reparasi elektronik', 'tukang servis', 'servis radio',
  ]),
  kbli(
    '95220',
    'Reparasi Peralatan Rumah Tangga Dan Peralatan Rumah Dan Kebun',
    ['Servis AC, kulkas, mesin cuci', 'Appliance repair (AC, fridge)'],
    [
      'servis ac', 'service ac', 'cuci ac', 'servis kulkas', 'servis mesin cuci', 'servis kompor', 'tukang ac',
      'pasang ac', 'bongkar pasang ac',
    ],
  ),
  kbli('95110', 'Reparasi Komputer dan Peralatan Sejenisnya', ['Servis komputer, laptop', 'Computer and laptop repair'], [
    'servis komputer', 'service laptop', 'servis laptop', 'reparasi komputer', 'servis printer',
  ]),
  kbli(
    '82190',
    'Aktivitas Fotokopi, Penyiapan Dokumen dan Aktivitas Khusus Penunjang Kantor Lainnya',
    ['Fotokopi, ketik, jilid', 'Photocopy and typing services'],
    [
      'fotokopi', 'fotocopy', 'foto kopi', 'potokopi', 'photocopy', 'pengetikan', 'jasa ketik', 'print dokumen',
      'rental komputer', 'jilid', 'laminating', 'scan dokumen',
    ],
  ),
  kbli('18111', 'Industri Pencetakan Umum', ['Percetakan, sablon', 'Printing and screen printing'], [
    'percetakan', 'cetak undangan', 'sablon', 'cetak banner', 'digital printing', 'cetak spanduk', 'cetak brosur',
    'printing',
  ]),
  kbli('74201', 'Aktivitas Fotografi', ['Studio foto, fotografer', 'Photo studio / photographer'], [
    'foto studio', 'studio foto', 'fotografer', 'foto', 'jasa foto', 'foto wedding', 'pas foto', 'videografer',
  ]),
  kbli(
    '77291',
    'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Alat Pesta',
    ['Sewa tenda, alat pesta', 'Party tent and equipment hire'],
    ['sewa tenda', 'persewaan tenda', 'sewa alat pesta', 'dekorasi pernikahan', 'sewa kursi', 'terop', 'tarub', 'sound system'],
  ),
  kbli(
    '77100',
    'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mobil, Bus, Truk Dan Sejenisnya',
    ['Rental mobil, motor', 'Car and motorbike rental'],
    ['rental mobil', 'sewa mobil', 'rental motor', 'sewa motor', 'rent car', 'lepas kunci'],
  ),
  kbli('49422', 'Angkutan Sewa', ['Travel, carteran mobil', 'Car hire with driver, travel'], [
    'travel', 'travel antar kota', 'carter', 'carteran', 'sewa mobil dengan sopir', 'antar jemput', 'shuttle',
  ]),
  kbli('49424', 'Angkutan Ojek Motor', ['Ojek (pangkalan, online)', 'Motorbike taxi (ojek)'], [
    'ojek', 'ojol', 'ojek online', 'ojek pangkalan', 'gojek', 'grab', 'ojeg',
  ]),
  kbli('55900', 'Penyediaan Akomodasi Lainnya', ['Kos-kosan', 'Boarding house (kos)'], [
    'kos', 'kost', 'kos kosan', 'kost kostan', 'kosan', 'indekos', 'rumah kos', 'asrama', 'kontrakan kamar',
  ]),
  kbli('55130', 'Pondok Wisata', ['Homestay, penginapan', 'Homestay / guesthouse'], [
    'homestay', 'home stay', 'pondok wisata', 'penginapan', 'losmen', 'guest house',
  ]),
  kbli('61994', 'Jasa Jual Kembali Jasa Telekomunikasi', ['Warnet, jual voucher wifi', 'Internet cafe and wifi resale'], [
    'warnet', 'warung internet', 'wifi', 'jual voucher wifi', 'hotspot', 'internet cafe', 'rt rw net',
  ]),
  kbli('85495', 'Pendidikan Bimbingan Belajar Dan Konseling Swasta', ['Les privat, bimbel', 'Private tutoring'], [
    'bimbel', 'les', 'les privat', 'bimbingan belajar', 'les anak', 'kursus', 'guru les',
  ]),
];

const CRAFT_AND_BUILDING: KbliEntry[] = [
  kbli('14111', 'Industri Pakaian Jadi (Konveksi) Dari Tekstil', ['Konveksi baju, kaos, seragam', 'Garment workshop (konveksi)'], [
    'konveksi', 'konfeksi', 'konveksi baju', 'bikin baju', 'produksi baju', 'garmen', 'kaos', 'seragam', 'pakaian jadi',
  ]),
  kbli('14120', 'Penjahitan Dan Pembuatan Pakaian Sesuai Pesanan', ['Penjahit (jahit pesanan)', 'Tailor (made to order)'], [
    'jahit', 'penjahit', 'jahit baju', 'tukang jahit', 'jahitan', 'modiste', 'jahit kebaya', 'terima jahitan', 'menjahit',
  ]),
  kbli('13134', 'Industri Batik', ['Pengrajin batik', 'Batik making'], [
    'batik', 'batik tulis', 'batik cap', 'membatik', 'pengrajin batik', 'kain batik',
  ]),
  kbli('16291', 'Industri Barang Anyaman Dari Rotan Dan Bambu', ['Anyaman bambu, rotan', 'Bamboo and rattan weaving'], [
    'anyaman', 'anyaman bambu', 'kerajinan bambu', 'besek', 'tampah', 'kerajinan rotan', 'kerajinan anyaman',
  ]),
  kbli('16293', 'Industri Kerajinan Ukiran Dari Kayu Bukan Mebeller', ['Ukiran kayu', 'Wood carving'], [
    'ukiran', 'ukir kayu', 'kerajinan kayu', 'patung kayu', 'souvenir kayu',
  ]),
  kbli('31001', 'Industri Furnitur Dari Kayu', ['Mebel kayu', 'Wooden furniture making'], [
    'mebel', 'meubel', 'mebel kayu', 'furniture', 'furnitur', 'tukang kayu', 'lemari', 'kursi kayu', 'meja kayu', 'meubelair',
  ]),
  kbli('16221', 'Industri Barang Bangunan Dari Kayu', ['Kusen, pintu, jendela kayu', 'Wooden doors and window frames'], [
    'kusen', 'kusen pintu', 'pintu kayu', 'jendela kayu', 'usuk', 'reng',
  ]),
  kbli(
    '25111',
    'Industri Barang Dari Logam Bukan Aluminium Siap Pasang Untuk Bangunan',
    ['Bengkel las, teralis, pagar', 'Metal welding (gates, grilles)'],
    [
      'las', 'bengkel las', 'tukang las', 'las pagar', 'teralis', 'pagar besi', 'kanopi', 'pintu besi', 'las listrik',
      'las keliling', 'konstruksi baja ringan',
    ],
  ),
  kbli('32903', 'Industri Kerajinan YTDL', ['Kerajinan tangan, suvenir', 'Handicrafts and souvenirs'], [
    'kerajinan', 'kerajinan tangan', 'handicraft', 'kerajinan batok', 'souvenir', 'suvenir', 'hampers', 'bunga hias',
  ]),
  kbli('23921', 'Industri Batu Bata Dari Tanah Liat/Keramik', ['Bikin batu bata', 'Brick making'], [
    'batu bata', 'bata merah', 'bikin bata', 'pembuatan batu bata', 'bata',
  ]),
  kbli('41011', 'Konstruksi Gedung Hunian', ['Pemborong bangun rumah', 'House building contractor'], [
    'tukang bangunan', 'bangun rumah', 'renovasi rumah', 'kontraktor rumah', 'pemborong', 'mandor bangunan',
  ]),
];

const FARMING: KbliEntry[] = [
  kbli('01122', 'Pertanian Padi Inbrida', ['Tani padi (sawah)', 'Rice farming'], [
    'padi', 'tani padi', 'sawah', 'petani padi', 'nanam padi', 'bertani padi',
  ]),
  kbli('01111', 'Pertanian Jagung', ['Tani jagung', 'Maize (corn) farming'], ['jagung', 'tani jagung', 'petani jagung', 'nanam jagung']),
  kbli('01131', 'Pertanian Hortikultura Sayuran Daun', ['Tani sayur daun (bayam, sawi)', 'Leafy vegetable farming'], [
    'sayur daun', 'tani sayur', 'kangkung', 'bayam', 'sawi', 'kubis', 'kol', 'petani sayur', 'kebun sayur',
  ]),
  kbli('01133', 'Pertanian Hortikultura Sayuran Buah', ['Tani tomat, terong, timun', 'Tomato and cucumber farming'], [
    'tomat', 'terong', 'timun', 'mentimun', 'labu', 'waluh', 'tani tomat',
  ]),
  kbli('01283', 'Pertanian Cabai', ['Tani cabe (lombok)', 'Chilli farming'], [
    'cabai', 'cabe', 'lombok', 'tani cabe', 'petani cabai', 'cabe rawit',
  ]),
  kbli('01132', 'Pertanian Hortikultura Buah', ['Kebun buah (mangga, pisang)', 'Fruit orchard'], [
    'kebun buah', 'petani buah', 'jeruk', 'mangga', 'pisang', 'melon', 'semangka', 'buah naga', 'durian',
    'kebun pisang',
  ]),
  kbli('01135', 'Pertanian Aneka Umbi Palawija', ['Tani singkong, ubi, porang', 'Cassava and tuber farming'], [
    'singkong', 'ketela', 'ubi', 'ubi jalar', 'porang', 'talas', 'telo',
  ]),
  kbli('01461', 'Budidaya Ayam Ras Pedaging', ['Ternak ayam pedaging', 'Broiler chicken farming'], [
    'ayam broiler', 'broiler', 'ternak ayam', 'ayam pedaging', 'peternak ayam', 'kandang ayam',
  ]),
  kbli('01462', 'Budidaya Ayam Ras Petelur', ['Ternak ayam petelur', 'Egg-laying hen farming'], [
    'ayam petelur', 'ternak ayam petelur', 'peternak telur', 'ayam layer', 'layer',
  ]),
  kbli('01464', 'Budidaya Ayam Lokal dan Persilangannya', ['Ternak ayam kampung', 'Village chicken farming'], [
    'ayam kampung', 'ternak ayam kampung', 'ayam joper', 'ayam jawa super', 'ayam buras',
  ]),
  kbli('01465', 'Pembibitan dan Budidaya Itik dan/atau Bebek', ['Ternak bebek, itik', 'Duck farming'], [
    'bebek', 'itik', 'ternak bebek', 'ternak itik', 'angon bebek',
  ]),
  kbli('01442', 'Pembibitan Dan Budidaya Kambing Potong', ['Ternak kambing', 'Goat farming'], [
    'kambing', 'ternak kambing', 'peternak kambing', 'wedus', 'kambing etawa',
  ]),
  kbli('01441', 'Pembibitan Dan Budidaya Domba Potong', ['Ternak domba', 'Sheep farming'], [
    'domba', 'ternak domba', 'biri biri', 'gembel',
  ]),
  kbli('01411', 'Pembibitan Dan Budidaya Sapi Potong', ['Ternak sapi potong', 'Beef cattle farming'], [
    'sapi', 'ternak sapi', 'sapi potong', 'penggemukan sapi', 'peternak sapi', 'sapi pedaging',
  ]),
  kbli('01412', 'Pembibitan Dan Budidaya Sapi Perah', ['Ternak sapi perah', 'Dairy cattle farming'], [
    'sapi perah', 'susu sapi', 'peternak sapi perah', 'perah susu',
  ]),
  kbli('03221', 'Pembesaran Ikan Air Tawar Di Kolam', ['Ternak ikan kolam (lele, nila)', 'Freshwater fish pond farming'], [
    'lele', 'ternak lele', 'budidaya lele', 'kolam lele', 'ikan nila', 'nila', 'gurame', 'ikan mas', 'kolam ikan',
    'ternak ikan', 'budidaya ikan', 'patin', 'kolam terpal',
  ]),
  kbli('03226', 'Pembenihan Ikan Air Tawar', ['Bibit ikan (pembenihan)', 'Freshwater fish hatchery'], [
    'bibit ikan', 'benih ikan', 'pembenihan lele', 'pembibitan ikan', 'bibit lele',
  ]),
];

export const KBLI_CATALOG: readonly KbliEntry[] = [
  ...FOOD_SERVICE,
  ...FOOD_MAKING,
  ...SHOPS,
  ...SERVICES,
  ...CRAFT_AND_BUILDING,
  ...FARMING,
];
