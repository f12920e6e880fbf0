// No imports: the kit's page script (src/lib/kit.ts, bundled for the browser) uses this too.

/** The four parts every お助け隊 service includes, in the service standard's order (ServiceIncludes explains each). */
export const SERVICE_PARTS = ['相談窓口', '異常の監視', '駆けつけ支援', '簡易サイバー保険'] as const;
