import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExercises } from '@/lib/content/exercises';
import { CONTENT_DIR } from '@/lib/content/paths';
import { gradeInNode } from './grade-in-node';

/**
 * Mutation test of the graders. Every exercise keeps, in `mutants/`, plausible wrong
 * implementations (`wrong-*.ts`, each a mistake learners make) that its tests must reject, and
 * correct implementations written differently from solution.ts (`ok-*.ts`) that they must accept.
 * A wrong mutant that passes is a grader bug: strengthen tests.ts, never delete the mutant.
 */
const MIN_WRONG = 3;
const MIN_OK = 1;
const NAME = /^(wrong|ok)-[a-z0-9]+(-[a-z0-9]+)*\.ts$/;

const exercises = loadExercises();
const dirOf = (id: string) => path.join(CONTENT_DIR, 'exercises', id, 'mutants');
const filesOf = (id: string) => (fs.existsSync(dirOf(id)) ? fs.readdirSync(dirOf(id)).sort() : []);
const read = (id: string, file: string) => fs.readFileSync(path.join(dirOf(id), file), 'utf8');
const squash = (source: string) => source.replace(/\/\/[^\n]*|\s+/g, '');

const mutants = exercises.flatMap((e) => filesOf(e.id).filter((f) => NAME.test(f)).map((file) => ({ exercise: e, file })));
const wrong = mutants.filter((m) => m.file.startsWith('wrong-')).map((m) => [`${m.exercise.id}/${m.file}`, m] as const);
const ok = mutants.filter((m) => m.file.startsWith('ok-')).map((m) => [`${m.exercise.id}/${m.file}`, m] as const);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('exercise mutants', () => {
  it.each(exercises.map((e) => [e.id]))(`%s: has at least ${MIN_WRONG} wrong mutants and ${MIN_OK} correct alternative, all well named`, (id) => {
    const files = filesOf(id);
    expect(files.filter((f) => !NAME.test(f)), 'files in mutants/ must be wrong-<mistake>.ts or ok-<variant>.ts').toEqual([]);
    expect(files.filter((f) => f.startsWith('wrong-')).length).toBeGreaterThanOrEqual(MIN_WRONG);
    expect(files.filter((f) => f.startsWith('ok-')).length).toBeGreaterThanOrEqual(MIN_OK);
    for (const f of files) expect(read(id, f).split('\n')[0], `${f}: first line says what it models`).toMatch(/^\/\/ .{20,}/);
  });

  it.each(wrong)('%s is rejected', async (_, { exercise, file }) => {
    const report = await gradeInNode(exercise, read(exercise.id, file));
    // The module must load and export the right names: a typo would "fail" without testing the grader.
    expect(report.error, JSON.stringify(report.error)).toBeUndefined();
    expect(report.results.filter((r) => /must export a function/.test(r.error?.message ?? ''))).toEqual([]);
    expect(report.status, `${file} passed every test: the grader lets this mistake through`).not.toBe('passed');
    expect(report.failed).toBeGreaterThan(0);
  });

  it.each(ok)('%s passes', async (_, { exercise, file }) => {
    const source = read(exercise.id, file);
    expect(squash(source), 'a correct alternative must differ from solution.ts').not.toBe(squash(exercise.solution));
    const report = await gradeInNode(exercise, source);
    expect(report.error, JSON.stringify(report.error)).toBeUndefined();
    expect(report.results.filter((r) => !r.passed), JSON.stringify(report.results.filter((r) => !r.passed), null, 1)).toEqual([]);
    expect(report.status).toBe('passed');
  });
});
