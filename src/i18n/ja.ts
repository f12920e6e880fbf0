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
	// en-core (issue 22): the frame of the English edition — skip link, crumbs, header search, the
	// notice that the Japanese page is authoritative, the check date and the footer.
	'locale.skip': '本文へ移動',
	'locale.home': 'ホーム',
	'locale.crumbs': 'パンくずリスト',
	'locale.searchLabel': 'サイト内検索（/ キーで移動）',
	'locale.searchPlaceholder': 'サイト内を検索',
	'locale.searchSubmit': '検索',
	'locale.searchResults': '検索結果',
	'locale.translation': 'このページは日本語版が正式です。',
	'locale.translationLink': '日本語版',
	'locale.reviewed': '内容の確認：',
	'locale.reviewedSource': '出典：{label}、{date}',
	'locale.footerAbout': '{name}：{tagline}。掲載している順位・数値はすべて出典付きです。',
	'locale.footerOfficial': '本サイトはIPA・経済産業省の公式サイトではありません。最新の制度や連絡先は、各機関の公式ページでご確認ください。',
	'locale.footerJapanese': '日本語のページ（正式版）',
	// The header's way into the help pages, short enough for the bar at 375 px with the search control.
	'locale.helpButton': '困ったとき',
	'locale.englishPages': '英語のページ',
} as const;

/** A key of the UI dictionary. */
export type UiKey = keyof typeof ja;
