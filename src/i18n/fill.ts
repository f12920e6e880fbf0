// Filling {name} placeholders, apart from the dictionaries: an island that gets a template as a prop
// fills it with this and ships no dictionary.

/** A template with its {name} placeholders filled from vars; unknown names stay visible. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{([\w-]+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
