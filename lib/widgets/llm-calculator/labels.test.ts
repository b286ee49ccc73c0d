import { describe, expect, it } from 'vitest';
import { messagesFor, t, type MessageKey } from '@/lib/i18n';
import { figureLabelVars } from './labels';
import { parseCalculatorParams } from './params';
import { calculatorView } from './view';

const en = messagesFor('en');
const english = (key: string, vars: Record<string, string | number>) => (key in en ? t(key as MessageKey, vars) : null);

describe('the calculator catalog labels', () => {
  for (const query of ['', 'batch=1&context=1', 'model=deepseek-v3&batch=64&dtype=fp8&gpu=h200']) {
    it(`say in English what view.ts says (?${query})`, () => {
      const { params } = parseCalculatorParams(new URLSearchParams(query));
      const view = calculatorView(params);
      for (const section of view.sections) {
        expect(english(`calc.section.${section.id}`, {})).toBe(section.title);
        for (const f of section.figures) expect(english(`calc.figure.${f.id}`, figureLabelVars(params, view.gpu.name, f.id)), f.id).toBe(f.label);
      }
      for (const f of view.headline) expect(english(`calc.headline.${f.id}`, figureLabelVars(params, view.gpu.name, f.id)), f.id).toBe(f.label);
    });
  }
});
