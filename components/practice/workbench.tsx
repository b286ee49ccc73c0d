'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_TOLERANCE, render } from '@/lib/exercises/harness';
import type { ExerciseTest, LogLine, SuiteReport } from '@/lib/exercises/types';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { HTML_LANG } from '@/lib/i18n';
import type { DocRequest } from './code-editor';
import { MAX_DRAFT_LENGTH } from '@/lib/exercises/store';
import { HintsPanel } from './hints-panel';
import { Sandbox } from './sandbox-client';
import { ExerciseStorageNotice } from './storage-notice';
import { TestReport } from './test-report';
import { exerciseStore, useExerciseState } from './use-exercise-store';
import { VisibleTests } from './visible-tests';
import './practice.css';

/** The learner's code may run this long (all tests together) before its worker is terminated. */
export const TIME_LIMIT_MS = 5000;
const SAVE_DELAY_MS = 400;

const CodeEditor = dynamic(() => import('./code-editor'), {
  ssr: false,
  loading: () => <EditorLoading />,
});

function EditorLoading() {
  const t = useT();
  return <p className="code-editor-placeholder">{t('practice.editorLoading')}</p>;
}

export interface WorkbenchExercise {
  id: string;
  starter: string;
  solution: string;
  hints: string[];
  usesTfjs: boolean;
  tests: ExerciseTest[];
}

type Outcome = { report: SuiteReport; tests: ExerciseTest[]; solvedNow: boolean };

/** Editor, Run/Submit/Reset, results, hints and solution for one exercise. */
export function Workbench({ exercise, harness }: { exercise: WorkbenchExercise; harness: string }) {
  const t = useT();
  const locale = useLocale();
  const state = useExerciseState();
  const [initial, setInitial] = useState<string | null>(null);
  // the editor's text once the learner has changed it (null: still `initial`)
  const code = useRef<string | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);
  const sandbox = useRef<Sandbox | null>(null);
  const [docRequest, setDocRequest] = useState<DocRequest | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [liveLogs, setLiveLogs] = useState<LogLine[]>([]);
  const [solutionOffered, setSolutionOffered] = useState(false);
  const [resetNotice, setResetNotice] = useState(false);

  // the draft (or the starter) once the store is readable in the browser
  if (state && initial === null) setInitial(state.saved.drafts[exercise.id] ?? exercise.starter);

  useEffect(() => {
    const box = new Sandbox();
    sandbox.current = box;
    return () => {
      window.clearTimeout(saveTimer.current);
      box.dispose();
    };
  }, []);

  const onChange = useCallback(
    (text: string) => {
      code.current = text;
      window.clearTimeout(saveTimer.current);
      saveTimer.current = window.setTimeout(() => exerciseStore().saveDraft(exercise.id, text), SAVE_DELAY_MS);
    },
    [exercise.id],
  );

  const visible = useMemo(() => exercise.tests.filter((x) => !x.hidden), [exercise.tests]);
  const tolerance = Math.max(...exercise.tests.map((x) => x.tolerance ?? DEFAULT_TOLERANCE));

  async function run(mode: 'run' | 'submit') {
    if (running || !sandbox.current) return;
    const tests = mode === 'run' ? visible : exercise.tests;
    setRunning(true);
    setLiveLogs([]);
    setResetNotice(false);
    const { transpile } = await import('@/lib/exercises/transpile');
    const out = transpile(code.current ?? initial ?? exercise.starter);
    const report: SuiteReport = out.ok
      ? await sandbox.current.run({
          harness,
          code: out.code,
          tests,
          usesTfjs: exercise.usesTfjs,
          timeoutMs: TIME_LIMIT_MS,
          t,
          onLog: (line) => setLiveLogs((logs) => (logs.length < 200 ? [...logs, line] : logs)),
        })
      : { status: 'error', passed: 0, failed: tests.length, results: [], error: out.error, logs: [], ms: 0 };
    const solvedNow = mode === 'submit' && report.status === 'passed';
    if (solvedNow) exerciseStore().markSolved(exercise.id);
    // a run the learner stopped is not a failed attempt
    if (mode === 'submit' && !solvedNow && report.status !== 'stopped') setSolutionOffered(true);
    setOutcome({ report, tests, solvedNow });
    setRunning(false);
  }

  function reset() {
    setDocRequest((r) => ({ text: exercise.starter, version: (r?.version ?? 0) + 1 }));
    setResetNotice(true);
  }

  const solved = Boolean(state?.saved.solved[exercise.id]);
  const tooLong = state?.tooLong?.id === exercise.id ? state.tooLong : null;
  return (
    <div className="practice-workbench">
      <ExerciseStorageNotice />
      <VisibleTests tests={exercise.tests} />
      <p className="practice-muted">{t('practice.tolerance', { tolerance: render(tolerance), seconds: TIME_LIMIT_MS / 1000 })}</p>
      <h2 id="practice-editor-label">
        {t('practice.editorLabel')} {solved ? <span className="practice-badge practice-badge--solved">{t('practice.solved')}</span> : null}
      </h2>
      <p id="practice-editor-help" className="practice-muted">
        {t('practice.editorHelp')}
      </p>
      <div className="code-editor" data-testid="code-editor">
        {initial === null ? (
          <p className="code-editor-placeholder">{t('practice.editorLoading')}</p>
        ) : (
          <CodeEditor initial={initial} onChange={onChange} labelledBy="practice-editor-label" describedBy="practice-editor-help" docRequest={docRequest} />
        )}
      </div>
      {tooLong ? (
        <p className="notice" role="status" data-testid="draft-too-long">
          {t('practice.storage.tooLong', { length: tooLong.length.toLocaleString(HTML_LANG[locale]), max: MAX_DRAFT_LENGTH.toLocaleString(HTML_LANG[locale]) })}
        </p>
      ) : null}
      <div className="practice-actions">
        <button type="button" className="button button--primary" data-testid="run-tests" onClick={() => run('run')} disabled={running}>
          {t('practice.run')}
        </button>
        <button type="button" className="button" data-testid="submit" onClick={() => run('submit')} disabled={running}>
          {t('practice.submit')}
        </button>
        {running ? (
          <button type="button" className="button" data-testid="stop-run" onClick={() => sandbox.current?.stop()}>
            {t('practice.stop')}
          </button>
        ) : null}
        <button type="button" className="button" data-testid="reset-code" onClick={reset}>
          {t('practice.reset')}
        </button>
        <span className="practice-muted" role="status" data-testid="run-state">
          {running ? t('practice.running') : resetNotice ? t('practice.resetDone') : ''}
        </span>
      </div>
      {running && liveLogs.length ? (
        <pre className="practice-console" aria-live="off">
          {liveLogs.map((l) => l.text).join('\n')}
        </pre>
      ) : null}
      {outcome && !running ? <TestReport report={outcome.report} tests={outcome.tests} seconds={TIME_LIMIT_MS / 1000} solvedNow={outcome.solvedNow} /> : null}
      <HintsPanel hints={exercise.hints} solution={exercise.solution} solutionOffered={solutionOffered} />
    </div>
  );
}
