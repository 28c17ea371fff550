// Bundles the dashboard with esbuild: src/app.js (with ECharts, Cytoscape, d3 and the
// world atlas) into one script, src/app.css into one stylesheet, and index.html beside
// them. Everything the page needs is in these three files, so it works offline.
//   node build.mjs [--outdir DIR]     (default: dist)
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--outdir');
const outdir = path.resolve(at >= 0 ? args[at + 1] : path.join(here, 'dist'));

await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { app: path.join(here, 'src/app.js') },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir,
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  entryPoints: { app: path.join(here, 'src/app.css') },
  bundle: true,
  minify: true,
  outdir,
  logLevel: 'warning',
});
await copyFile(path.join(here, 'index.html'), path.join(outdir, 'index.html'));
