/** One CSV cell value; null is written as an empty field. */
export type CsvValue = string | number | boolean | null;

/** Write one CSV field: empty for null, quoted (inner quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Write a header row and records as RFC 4180 CSV: CRLF after every record, UTF-8 with a byte order mark. */
export function csvTable(header: readonly string[], records: readonly (readonly CsvValue[])[]): string {
	const lines = [header.map(csvField).join(','), ...records.map((r) => r.map(csvField).join(','))];
	// The BOM is for Excel: without it, Excel on Japanese Windows reads a CSV as Shift_JIS (CP932) and
	// garbles every Japanese word. CSV parsers skip it (Python: encoding='utf-8-sig'; R readr: by default).
	return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}
