// Where each kind of chart's figures come from, for the citation line under every figure (one place each).

/** The rankings charts (trend, compare, trends page). */
export const BUMP_SOURCE = 'IPA「情報セキュリティ10大脅威」各年版（Mamoriが出典ごとに確認した順位）';
