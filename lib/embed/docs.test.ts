import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS, stateKeys } from '@/lib/widgets/registry';

const docs = fs.readFileSync('docs/embedding.md', 'utf8');

/** The section of docs/embedding.md about one embed route. */
function section(route: string): string {
  const start = docs.indexOf(`(\`${route}\`)`);
  if (start === -1) return '';
  const end = docs.indexOf('\n### ', start);
  return docs.slice(start, end === -1 ? undefined : end);
}

describe('docs/embedding.md', () => {
  it.each(WIDGETS.map((w) => [w.id, w] as const))('documents every parameter and preset of %s', (_, widget) => {
    const text = section(widget.embed);
    expect(text, `no section for ${widget.embed}`).not.toBe('');
    for (const key of stateKeys(widget)) expect(text, key).toContain(`| \`${key}\` |`);
    for (const preset of widget.presets) expect(text, preset.id).toContain(`\`${preset.id}\``);
  });

  it('documents every message type', () => {
    for (const type of ['ready', 'resize', 'state', 'result', 'notice', 'set-state', 'get-state', 'set-theme']) expect(docs).toContain(`| \`${type}\` |`);
  });
});
