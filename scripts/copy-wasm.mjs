// The tfjs wasm backend fetches its .wasm binaries at run time: copy them next to the site.
import fs from 'node:fs';
import path from 'node:path';

const from = path.join('node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
const to = path.join('public', 'tfjs-wasm');
fs.mkdirSync(to, { recursive: true });
const files = fs.readdirSync(from).filter((f) => f.endsWith('.wasm'));
for (const f of files) fs.copyFileSync(path.join(from, f), path.join(to, f));
console.log(`copied ${files.length} tfjs wasm files to ${to}`);

// The code-exercise sandbox (public/sandbox/runner.html) hands tfjs to the learner's worker.
const tfBundle = path.join('node_modules', '@tensorflow', 'tfjs', 'dist', 'tf.es2017.min.js');
fs.copyFileSync(tfBundle, path.join('public', 'sandbox', 'tf.min.js'));
console.log('copied the tfjs bundle to public/sandbox/tf.min.js');
