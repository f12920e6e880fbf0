// Draw the raster icons from public/favicon.svg: the 180 px touch icon, a 512 px icon for the web
// manifest and a 32 px favicon.ico (one PNG inside an ICO header). Run it after changing the SVG:
//   node scripts/make-icons.ts
// The outputs are committed (a few kB), so the build itself draws nothing and fetches nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('public/favicon.svg', 'utf8');
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

/** The shield on an opaque square (home screens show transparent corners black), with a margin around it. */
function square(size: number, margin: number): Buffer {
	const scale = (size - 2 * margin) / 32;
	const padded = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="#ffffff"/><g transform="translate(${margin} ${margin}) scale(${scale})">${inner}</g></svg>`;
	return new Resvg(padded).render().asPng();
}

/** The transparent shield at `size` px, for the favicon. */
function plain(size: number): Buffer {
	return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** An ICO file holding one PNG image (supported by every browser since Windows Vista's format change). */
export function icoOf(png: Buffer, size: number): Buffer {
	const header = Buffer.alloc(6 + 16);
	header.writeUInt16LE(0, 0); // reserved
	header.writeUInt16LE(1, 2); // type: icon
	header.writeUInt16LE(1, 4); // one image
	header.writeUInt8(size >= 256 ? 0 : size, 6);
	header.writeUInt8(size >= 256 ? 0 : size, 7);
	header.writeUInt8(0, 8); // no palette
	header.writeUInt8(0, 9);
	header.writeUInt16LE(1, 10); // colour planes
	header.writeUInt16LE(32, 12); // bits per pixel
	header.writeUInt32LE(png.length, 14);
	header.writeUInt32LE(6 + 16, 18); // offset of the image
	return Buffer.concat([header, png]);
}

writeFileSync('public/apple-touch-icon.png', square(180, 20));
writeFileSync('public/icon-512.png', square(512, 56));
writeFileSync('public/favicon.ico', icoOf(plain(32), 32));
console.log('✓ wrote public/apple-touch-icon.png, public/icon-512.png, public/favicon.ico');
