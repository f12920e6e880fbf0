// No imports: the kit's page script (src/lib/kit.ts, bundled for the browser) uses this too.

/** The four parts every お助け隊 service includes, in the service standard's order (ServiceIncludes explains each). */
export const SERVICE_PARTS = ['相談窓口', '異常の監視', '駆けつけ支援', '簡易サイバー保険'] as const;

/** The dictionary key (src/i18n/) saying what each part means, by part, so reordering the list cannot mismatch them. */
export const SERVICE_PART_ABOUT = {
	相談窓口: 'serviceIncludes.about.desk',
	異常の監視: 'serviceIncludes.about.monitoring',
	駆けつけ支援: 'serviceIncludes.about.onsite',
	簡易サイバー保険: 'serviceIncludes.about.insurance',
} as const satisfies Record<(typeof SERVICE_PARTS)[number], string>;
