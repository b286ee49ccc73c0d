// The tfjs wasm backend fetches its .wasm binaries at run time: copy them next to the site.
import fs from 'node:fs';
import path from 'node:path';

const from = path.join('node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
const to = path.join('public', 'tfjs-wasm');
fs.mkdirSync(to, { recursive: true });
const files = fs.readdirSync(from).filter((f) => f.endsWith('.wasm'));
for (const f of files) fs.copyFileSync(path.join(from, f), path.join(to, f));
console.log(`copied ${files.length} tfjs wasm files to ${to}`);
