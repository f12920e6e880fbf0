// The 47 prefectures and eight regions: closed lists that schemas and src/lib both read. No imports.

/** The eight regions used to group prefectures on the site (地方区分, 八地方区分). */
export const REGIONS = ['北海道', '東北', '関東', '中部', '近畿', '中国', '四国', '九州・沖縄'] as const;

/** One of the eight regions. */
export type Region = (typeof REGIONS)[number];

/** URL slug of each region, e.g. /otasuketai/regions/kanto/. */
export const REGION_SLUGS: Readonly<Record<Region, string>> = {
	北海道: 'hokkaido',
	東北: 'tohoku',
	関東: 'kanto',
	中部: 'chubu',
	近畿: 'kinki',
	中国: 'chugoku',
	四国: 'shikoku',
	'九州・沖縄': 'kyushu-okinawa',
};

/** A prefecture with its JIS X 0401 code, names, URL slug and region. */
export interface Prefecture {
	/** Two-digit JIS X 0401 code, '01' (北海道) to '47' (沖縄県). */
	code: string;
	/** Official name in kanji, with 都/道/府/県. */
	name: string;
	/** Reading of the full name in hiragana. */
	kana: string;
	/** Lowercase ASCII slug used in URLs, e.g. 'hokkaido'. */
	slug: string;
	/** Region the prefecture belongs to. */
	region: Region;
}

// [code, name, kana, slug, region index]; kept as one table so each fact lives in one place.
const TABLE: ReadonlyArray<readonly [string, string, string, string, number]> = [
	['01', '北海道', 'ほっかいどう', 'hokkaido', 0],
	['02', '青森県', 'あおもりけん', 'aomori', 1],
	['03', '岩手県', 'いわてけん', 'iwate', 1],
	['04', '宮城県', 'みやぎけん', 'miyagi', 1],
	['05', '秋田県', 'あきたけん', 'akita', 1],
	['06', '山形県', 'やまがたけん', 'yamagata', 1],
	['07', '福島県', 'ふくしまけん', 'fukushima', 1],
	['08', '茨城県', 'いばらきけん', 'ibaraki', 2],
	['09', '栃木県', 'とちぎけん', 'tochigi', 2],
	['10', '群馬県', 'ぐんまけん', 'gunma', 2],
	['11', '埼玉県', 'さいたまけん', 'saitama', 2],
	['12', '千葉県', 'ちばけん', 'chiba', 2],
	['13', '東京都', 'とうきょうと', 'tokyo', 2],
	['14', '神奈川県', 'かながわけん', 'kanagawa', 2],
	['15', '新潟県', 'にいがたけん', 'niigata', 3],
	['16', '富山県', 'とやまけん', 'toyama', 3],
	['17', '石川県', 'いしかわけん', 'ishikawa', 3],
	['18', '福井県', 'ふくいけん', 'fukui', 3],
	['19', '山梨県', 'やまなしけん', 'yamanashi', 3],
	['20', '長野県', 'ながのけん', 'nagano', 3],
	['21', '岐阜県', 'ぎふけん', 'gifu', 3],
	['22', '静岡県', 'しずおかけん', 'shizuoka', 3],
	['23', '愛知県', 'あいちけん', 'aichi', 3],
	['24', '三重県', 'みえけん', 'mie', 4],
	['25', '滋賀県', 'しがけん', 'shiga', 4],
	['26', '京都府', 'きょうとふ', 'kyoto', 4],
	['27', '大阪府', 'おおさかふ', 'osaka', 4],
	['28', '兵庫県', 'ひょうごけん', 'hyogo', 4],
	['29', '奈良県', 'ならけん', 'nara', 4],
	['30', '和歌山県', 'わかやまけん', 'wakayama', 4],
	['31', '鳥取県', 'とっとりけん', 'tottori', 5],
	['32', '島根県', 'しまねけん', 'shimane', 5],
	['33', '岡山県', 'おかやまけん', 'okayama', 5],
	['34', '広島県', 'ひろしまけん', 'hiroshima', 5],
	['35', '山口県', 'やまぐちけん', 'yamaguchi', 5],
	['36', '徳島県', 'とくしまけん', 'tokushima', 6],
	['37', '香川県', 'かがわけん', 'kagawa', 6],
	['38', '愛媛県', 'えひめけん', 'ehime', 6],
	['39', '高知県', 'こうちけん', 'kochi', 6],
	['40', '福岡県', 'ふくおかけん', 'fukuoka', 7],
	['41', '佐賀県', 'さがけん', 'saga', 7],
	['42', '長崎県', 'ながさきけん', 'nagasaki', 7],
	['43', '熊本県', 'くまもとけん', 'kumamoto', 7],
	['44', '大分県', 'おおいたけん', 'oita', 7],
	['45', '宮崎県', 'みやざきけん', 'miyazaki', 7],
	['46', '鹿児島県', 'かごしまけん', 'kagoshima', 7],
	['47', '沖縄県', 'おきなわけん', 'okinawa', 7],
];

/** All 47 prefectures in JIS code order. */
export const PREFECTURES: readonly Prefecture[] = TABLE.map(([code, name, kana, slug, r]) => ({
	code,
	name,
	kana,
	slug,
	region: REGIONS[r]!,
}));

/** The 47 JIS codes, for schema enumerations. */
export const PREFECTURE_CODES = PREFECTURES.map((p) => p.code) as [string, ...string[]];
