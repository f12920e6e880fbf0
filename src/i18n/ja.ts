// The Japanese UI words: labels, buttons, headings the templates share. Content (threat names, advice,
// figures) lives in content/; this file holds only the words of the site's own frame.
// Keys are 'area.thing'. Placeholders are written {name} and filled by t().
export const ja = {
	'site.name': 'Mamori',
	'site.kana': 'まもり',
	'site.tagline': '中小企業のための情報セキュリティ案内',
	'site.description':
		'IPAの「情報セキュリティ10大脅威」、中小企業の情報セキュリティ対策ガイドライン、サイバーセキュリティお助け隊、経済産業省の政策を、中小企業がすぐ使える形にまとめたサイトです。',
	'nav.label': 'メイン',
	'nav.threats': '脅威',
	'nav.guideline': 'ガイドライン・自社診断',
	'nav.otasuketai': 'お助け隊',
	'nav.policy': '政策',
	'nav.search': '検索',
	'nav.help': '困ったとき',
	'lang.switch': 'English',
	'lang.switchLabel': 'English version of this page',
} as const;

/** A key of the UI dictionary. */
export type UiKey = keyof typeof ja;
