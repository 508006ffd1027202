import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePages, listFixture } from '../fixtures';

/**
 * The package a list repository installs: `npm pack` (which builds dist/cli through prepack), the
 * tarball installed into an empty project without the network, and `npx paperboy` run there. It has
 * no dependencies to fetch: lint and convert are plain JavaScript with everything bundled.
 */
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'paperboy-pack-'));
const app = join(work, 'app');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = { encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };

function npx(...args: string[]) {
  const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--offline', '--no-install', 'paperboy', ...args], {
    ...quiet,
    cwd: app,
  });
  // npm's own warnings about the machine's configuration are not the command's output.
  return { ...result, stderr: result.stderr.replace(/^npm warn .*\n/gm, '') };
}

beforeAll(() => {
  // What `prepack` runs, run here so that `npm pack` need not run the project's other lifecycle
  // scripts (`prepare` regenerates .wxt/, which tests running beside this one read).
  execFileSync(npm, ['run', '--silent', 'build:cli'], { ...quiet, cwd: root });
  execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work], { ...quiet, cwd: root });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'a-list-repository', private: true }));
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(work, tarball)], { ...quiet, cwd: app });
}, 120_000);

describe('the packed command', () => {
  it('is built by npm pack itself, and is what the package runs', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepack).toBe('npm run build:cli');
    expect(pkg.bin).toEqual({ paperboy: 'dist/cli/paperboy.mjs' });
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('ships the built command and nothing of the extension', () => {
    const listing = execFileSync(
      'tar',
      [
        '-tzf',
        join(
          work,
          readdirSync(work).find((n) => n.endsWith('.tgz'))!,
        ),
      ],
      quiet,
    ).split('\n');
    expect(listing).toContain('package/dist/cli/paperboy.mjs');
    expect(listing.filter((path) => path && !/^package\/(dist\/cli\/|package\.json$|README\.md$|LICENSE)/.test(path))).toEqual([]);
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['paperboy']);
  });

  it('runs `npx paperboy lint` in the project that installed it', () => {
    const monthly = listFixture('april-2025.md').file;
    const result = npx('lint', '--format', 'github', monthly);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `::error file=${monthly},line=17,title=paperboy duplicate::the same paper as line 7 (arXiv 2504.00202)`,
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('paperboy: 1 file(s) checked, 7 error(s), 3 warning(s)');

    const clean = npx('lint', listFixture('ml-news-crlf.md').file);
    expect({ status: clean.status, stdout: clean.stdout, stderr: clean.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('converts, and says extract needs happy-dom rather than failing to start', () => {
    const converted = npx('convert', listFixture('ml-news-crlf.md').file, '--to', 'json');
    expect(converted.status).toBe(0);
    expect(JSON.parse(converted.stdout).items.map((item: { title: string }) => item.title)).toEqual([
      'Windows Line Endings Explained',
      'Curly Quotes \u2014 Kept As Typed',
      'The Last Row Has No Line Break',
    ]);
    const page = fixturePages()[0]!;
    const extract = npx('extract', page.file, '--url', page.url);
    expect(extract.status).toBe(2);
    expect(extract.stderr).toContain('extract needs happy-dom (npm install happy-dom)');
  });
});
