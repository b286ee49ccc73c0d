import * as m from '@/lib/math';
const M: any = m;
const r = (v: any) => JSON.stringify(v, (_k, x) => (typeof x === 'number' ? Math.round(x * 1e6) / 1e6 : x));
const calls: [string, any[]][] = JSON.parse(process.argv[2]);
for (const [fn, args] of calls) console.log(fn, r(args), '=>', r(M[fn](...args)));
