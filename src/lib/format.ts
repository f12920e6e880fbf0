/** Write a partial ISO date as Japanese: '2020' → '2020年', '2020-06' → '2020年6月', '2020-06-12' → '2020年6月12日'. */
export function formatPartialDate(date: string): string {
	const [y, m, d] = date.split('-');
	return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
