// `npm run icons`: renders the one source image, resources/icon.svg, to every icon the installers
// need, into resources/icons/. The results are committed, so packaging needs no extra step and
// no image tool on the build machines; run this again only after changing the source.
//
//   NxN.png    16…1024: the Linux icon set (electron-builder installs them into hicolor)
//   icon.ico   16…256:  Windows (executable, installer, shortcuts)
//   icon.icns  16…1024: macOS, drawn inside Apple's icon grid (a margin around the shape)
//   source.sha256      the source they were made from (`sha256sum -c` checks it; so does a test)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import icns from 'icns-lib';
import pngToIco from 'png-to-ico';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const iconSource = path.join(root, 'resources', 'icon.svg');
const iconDir = path.join(root, 'resources', 'icons');
const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** .icns entry type → edge in pixels (the @2x types hold the Retina version of the smaller size). */
const icnsTypes = {
  icp4: 16,
  icp5: 32,
  ic11: 32,
  ic12: 64,
  ic07: 128,
  ic13: 256,
  ic08: 256,
  ic14: 512,
  ic09: 512,
  ic10: 1024,
};

function render(svg, size) {
  // No text in the icon: skipping the system fonts keeps the output the same on every machine.
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
}

/**
 * macOS draws icons as they are, so the shape sits inside Apple's grid: 824 of 1024 px, centred.
 * The same source, nested in a larger transparent canvas.
 */
function onAppleGrid(svg) {
  const inner = svg.replace('<svg ', '<svg x="100" y="100" width="824" height="824" ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">${inner}</svg>`;
}

/** Every file of resources/icons/ as name → bytes, from the SVG text `source`. */
async function makeIcons(source) {
  const files = new Map();
  const pngs = new Map(pngSizes.map((size) => [size, render(source, size)]));
  for (const [size, png] of pngs) files.set(`${size}x${size}.png`, png);
  files.set('icon.ico', await pngToIco(icoSizes.map((size) => pngs.get(size))));
  const apple = onAppleGrid(source);
  const appleBySize = new Map();
  const entries = {};
  for (const [type, size] of Object.entries(icnsTypes)) {
    if (!appleBySize.has(size)) appleBySize.set(size, render(apple, size));
    entries[type] = appleBySize.get(size);
  }
  files.set('icon.icns', icns.format(entries));
  const hash = crypto.createHash('sha256').update(source).digest('hex');
  files.set('source.sha256', `${hash}  resources/icon.svg\n`);
  return files;
}

const files = await makeIcons(fs.readFileSync(iconSource, 'utf8'));
fs.mkdirSync(iconDir, { recursive: true });
for (const [name, bytes] of files) fs.writeFileSync(path.join(iconDir, name), bytes);
console.log(`Wrote ${files.size} files to ${path.relative(root, iconDir)}/`);
