import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The layering of docs/architecture.md, checked here so it holds by rule: `app → components →
 * lib/widgets → lib/{train,tf,data,…} → lib/math`. A flat config's later entry replaces a rule's
 * options rather than adding to them, so each entry below lists every restriction for its files.
 */
const WIDGETS = ['moe-playground', 'tiny-transformer', 'attention-explorer', 'routing-lab', 'ensemble-lab', 'moe-lm'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

const nextLink = { name: 'next/link', message: 'Use @/components/layout/link (prefetches on intent, not on sight).' };

/** The page talks to a model through a client's messages, never to tfjs, a trainer or a worker. */
const noTensors = {
  regex: '^(@tensorflow/|@/lib/tf(/|$)|@/lib/.*/([a-z-]+-)?(trainer|handler|train|evaluate)$|@/lib/.*worker(-handler)?$|@/lib/train/backend$)',
  message: 'components/ and app/ never import tfjs, lib/tf, a trainer or a worker: talk to the model through its client (lib/widgets/<id>/client).',
};
const noReact = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*'], message: 'lib/ holds no React: put UI in components/.' },
  { group: ['@/components/*', '@/components/**', '**/components/*'], message: 'lib/ never imports components/ (dependencies point app → components → lib).' },
];
/** Widget `id`'s folders may not import another widget's. */
const notOtherWidgets = (id) =>
  WIDGETS.filter((other) => other !== id).map((other) => ({
    group: [`@/components/widgets/${other}/*`, `@/lib/widgets/${other}/*`, `@/lib/widgets/${other}`, `../${other}/*`],
    message: `A widget's folder never imports another widget's (${other}): move what both use to components/widgets/shared/, lib/data/ or lib/math/.`,
  }));

/** lib/train is the run runtime every trained widget shares: nothing of one widget, in its tests neither. */
const noWidgets = {
  group: ['@/lib/widgets/*', '@/lib/widgets/**', '../widgets/*', '../widgets/**'],
  message: 'lib/train is the runtime only: no widget-specific import (a test uses a runtime-level fake; a widget test lives in lib/widgets/<id>/).',
};

/** A page's client code names its own widget's entry: the list would ship every widget's knob tables, parsers and presets. */
const noRegistry = {
  group: ['@/lib/widgets/registry'],
  message: "Widget and embed UI import the widget's own entry (lib/widgets/<id>/widget.ts, given to useWidgetSearch), never the list of all widgets: the page would ship them all.",
};

const restrict = (files, patterns, extra = {}) => ({ files, ...extra, rules: { 'no-restricted-imports': ['error', { paths: [nextLink], patterns }] } });

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'out/**', 'node_modules/**', 'public/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.audit-empty-next/**'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [nextLink] }],
    },
  },
  restrict(['components/**', 'app/**'], [noTensors]),
  restrict(['components/widgets/**', 'components/embed/**'], [noTensors, noRegistry]),
  restrict(['lib/**'], noReact, { ignores: TESTS }),
  restrict(['lib/train/**'], [...noReact, noWidgets], { ignores: TESTS }),
  restrict(TESTS.map((t) => `lib/train/${t}`), [noWidgets]),
  ...WIDGETS.map((id) => restrict([`components/widgets/${id}/**`], [noTensors, noRegistry, ...notOtherWidgets(id)])),
  ...WIDGETS.map((id) => restrict([`lib/widgets/${id}/**`], [...noReact, ...notOtherWidgets(id)], { ignores: TESTS })),
  {
    files: ['lib/math/**'],
    ignores: [...TESTS, 'lib/math/test-helpers.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: 'lib/math imports nothing outside itself (pure TS on number[]).' }] }],
    },
  },
  { files: ['components/layout/link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  // A separate rule from no-restricted-imports, whose options each entry above replaces per file.
  // Scoped to the widget, embed, home, chart, quiz, practice and progress components for now; the
  // other component folders join once they read the locale too.
  {
    files: ['components/{widgets,embed,home,charts,quiz,practice,progress}/**'],
    ignores: TESTS,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='@/lib/i18n'] > ImportSpecifier[imported.name='t']",
          message: "A component shows the page's language: `const t = useT()` (components/i18n/locale-context) in a client component, `getT()` (components/i18n/request-locale) in a server one — the bare t() is English.",
        },
      ],
    },
  },
];

export default config;
