import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFixture } from '../fixtures';

/**
 * The GitHub Action (action.yml), run as a runner would: its steps' scripts in bash, from a copy of
 * the repository without dist/ (so the build step runs too), on a workspace of list files. The
 * output must be annotations GitHub puts on each problem's line.
 *
 * No test reaches the network, and npm's cache holds tarballs but not the registry's package lists,
 * so the build step's `npm install` meets a stand-in `npm` on the PATH: it records what it was
 * asked for and links those two packages from this project's node_modules.
 */
const root = join(import.meta.dirname, '..', '..');
const actionText = readFileSync(join(root, 'action.yml'), 'utf8');

/** The `run: |` script of the step with this name (the action's own file, so a small reader will do). */
function stepScript(name: string): string {
  const lines = actionText.split('\n');
  const start = lines.findIndex((line) => line.trim() === `- name: ${name}`);
  expect(start).toBeGreaterThan(-1);
  const runAt = lines.findIndex((line, i) => i > start && line.trim() === 'run: |');
  const indent = lines[runAt]!.search(/\S/);
  const body: string[] = [];
  for (const line of lines.slice(runAt + 1)) {
    if (line.trim() && line.search(/\S/) <= indent) break;
    body.push(line.slice(indent + 2));
  }
  return body.join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'paperboy-action-'));
const actionPath = join(work, 'action');
const workspace = join(work, 'workspace');
const runnerTemp = join(work, 'runner-temp');
const fakeBin = join(work, 'bin');
const npmCalls = join(work, 'npm-calls.txt');

function runStep(name: string, cwd: string, env: Record<string, string>) {
  return spawnSync('bash', ['-e', '-o', 'pipefail', '-c', stepScript(name)], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${fakeBin}:${process.env.PATH}`, GITHUB_ACTION_PATH: actionPath, RUNNER_TEMP: runnerTemp, ...env },
  });
}

beforeAll(() => {
  mkdirSync(fakeBin);
  const modules = join(root, 'node_modules');
  writeFileSync(
    join(fakeBin, 'npm'),
    [
      '#!/bin/bash',
      `echo "$@" >> ${JSON.stringify(npmCalls)}`,
      'while [ "$1" != "--prefix" ]; do shift; done',
      'mkdir -p "$2/node_modules/@esbuild"',
      `ln -s ${JSON.stringify(join(modules, 'esbuild'))} ${JSON.stringify(join(modules, 'entities'))} "$2/node_modules/"`,
      `ln -s ${JSON.stringify(modules)}/@esbuild/* "$2/node_modules/@esbuild/"`,
    ].join('\n'),
    { mode: 0o755 },
  );
  mkdirSync(actionPath);
  mkdirSync(runnerTemp);
  for (const path of ['action.yml', 'package.json', 'bin', 'lib']) cpSync(join(root, path), join(actionPath, path), { recursive: true });
  mkdirSync(join(workspace, 'lists', '2025'), { recursive: true });
  writeFileSync(join(workspace, 'lists', '2025', 'april-2025.md'), listFixture('april-2025.md').text);
  writeFileSync(join(workspace, 'lists', 'ml-news-crlf.md'), listFixture('ml-news-crlf.md').text);
  const build = runStep('Build the paperboy command', actionPath, {});
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 120_000);

describe('the GitHub Action', () => {
  it('declares its inputs and passes them to the check step', () => {
    expect(actionText).toMatch(/^ {2}files:\n {4}description:/m);
    expect(actionText).toContain('FILES: ${{ inputs.files }}');
    expect(actionText).toContain('MONTH: ${{ inputs.month }}');
    expect(actionText).toContain('using: composite');
  });

  it('builds the command from a checkout that has no dist/, with only the pinned esbuild and entities', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(readFileSync(npmCalls, 'utf8')).toBe(
      `install --prefix ${runnerTemp}/paperboy-build --no-save --no-package-lock --no-audit --no-fund --loglevel=error ` +
        `esbuild@${pkg.devDependencies.esbuild} entities@${pkg.devDependencies.entities}\n`,
    );
    expect(existsSync(join(actionPath, 'dist', 'cli', 'paperboy.mjs'))).toBe(true);
  });

  it('lints the files a pattern names and annotates each problem on its line', () => {
    const result = runStep('Check the lists', workspace, { FILES: 'lists/**/*.md', MONTH: '' });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(
      '::error file=lists/2025/april-2025.md,line=19,title=paperboy pipe::an unescaped "|" splits a cell (4 cells, the header has 3): "[Tables With A | In The Title](https://example.com/pipe-tit\u2026"',
    );
    expect(lines).toContain(
      '::warning file=lists/2025/april-2025.md,line=18,title=paperboy math::GitHub can read "$0.50 to $" as math: write \\$ for a dollar sign',
    );
    expect(lines.at(-1)).toBe('paperboy: 2 file(s) checked, 7 error(s), 3 warning(s)');
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^::(error|warning) file=lists\/[^,]+\.md,line=\d+,title=paperboy [a-z-]+::.+$/);
    }
  });

  it('passes a clean file, and reports a name that matches nothing', () => {
    const clean = runStep('Check the lists', workspace, { FILES: 'lists/ml-news-crlf.md', MONTH: '2025-03' });
    expect({ status: clean.status, stdout: clean.stdout }).toEqual({
      status: 0,
      stdout: 'paperboy: 1 file(s) checked, 0 error(s), 0 warning(s)\n',
    });
    const missing = runStep('Check the lists', workspace, { FILES: 'lists/missing.md', MONTH: '' });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain('::error file=lists/missing.md,title=paperboy::cannot read lists/missing.md: no such file');
  });
});
