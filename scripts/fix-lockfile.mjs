// The registry this project installs from lacks some other platforms' optional binaries
// (e.g. @next/swc-darwin-arm64), so npm leaves them out of package-lock.json and `npm ci`
// then refuses the lock ("Missing: … from lock file"). Run this after `npm install` changes the
// lock: it records each missing platform package with its os/cpu, which `npm ci` skips here.
import fs from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'openbsd', 'netbsd', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpu = CPU.find((c) => parts.includes(c)) ?? (parts.includes('eabi') || parts.includes('gnueabihf') || parts.includes('musleabihf') ? 'arm' : undefined);
  return { os, cpu };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (lock.packages[key] || lock.packages[nested]) continue;
    const { os, cpu } = platformOf(name);
    if (!os || !/^\d+\.\d+\.\d+/.test(spec)) continue;
    lock.packages[key] = { version: spec, ...(entry.dev ? { dev: true } : {}), optional: true, os: [os], ...(cpu ? { cpu: [cpu] } : {}) };
    added++;
  }
}
fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`recorded ${added} missing platform packages in ${LOCK}`);
