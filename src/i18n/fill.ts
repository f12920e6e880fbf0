// Filling {name} placeholders, apart from the dictionaries: an island that gets a template as a prop
// fills it with this and ships no dictionary.

/**
 * A {name} placeholder (letters, digits, _ and -, as content/pages' {ics-cert-share}); the name is group 1. The one
 * pattern for fill(), fillParts() and RichText. Global, so use it with replace, match or matchAll (which start
 * from the beginning each time), not test or exec (which would carry lastIndex from one call to the next).
 */
export const PLACEHOLDER = /\{([\w-]+)\}/g;

/** A template with its {name} placeholders filled from vars; unknown names stay visible. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
