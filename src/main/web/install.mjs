// The build's step for the query editor (run by Maven in generate-resources, from the project's folder):
// installs the npm packages of package-lock.json into target/web (only when the lock changed since the
// last install) and copies what /query serves into the classes, with the licences of everything bundled.
//
//   node src/main/web/install.mjs <project folder>
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const project = process.argv[2] ?? '.';
const sources = join(project, 'src/main/web');
const work = join(project, 'target/web');
const out = join(project, 'target/classes/org/w3id/resgraph/web/query');
const yasgui = join(work, 'node_modules/@zazuko/yasgui/build');

function fail(message) {
  console.error(`resgraph build: ${message}`);
  process.exit(1);
}

mkdirSync(work, { recursive: true });
const lock = readFileSync(join(sources, 'package-lock.json'), 'utf8');
const installed = join(work, 'package-lock.json');
if (!existsSync(join(yasgui, 'yasgui.min.js')) || !existsSync(installed) || readFileSync(installed, 'utf8') !== lock) {
  copyFileSync(join(sources, 'package.json'), join(work, 'package.json'));
  copyFileSync(join(sources, 'package-lock.json'), installed);
  console.error('resgraph build: installing the query editor (YASGUI) from npm into target/web ...');
  try {
    // --ignore-scripts: the packages are used as files; none of their install scripts is needed
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: work, stdio: 'inherit' });
  } catch (e) {
    fail(`npm ci failed in ${work} (${e.message}); the query editor needs Node.js and npm and the npm registry`);
  }
}

mkdirSync(out, { recursive: true });
for (const file of ['yasgui.min.js', 'yasgui.min.css']) {
  copyFileSync(join(yasgui, file), join(out, file));
}

// Every package the bundle holds, its version and licence, then the licence texts the packages ship.
const packages = JSON.parse(lock).packages;
const lines = ['The query editor at /query is YASGUI (@zazuko/yasgui) and the packages it bundles, installed from npm;',
  'each under its own licence, listed here with the licence texts the packages ship.', ''];
const texts = [];
for (const [path, entry] of Object.entries(packages).sort()) {
  if (!path) continue;
  const dir = join(work, path);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licence = entry.license ?? manifest.license ?? manifest.licenses?.map((l) => l.type).join(' OR ') ?? 'see its licence text';
  lines.push(`${manifest.name} ${manifest.version}: ${licence}`);
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (file) {
    texts.push(`---- ${manifest.name} ${manifest.version} (${file})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`);
  }
}
writeFileSync(join(out, 'LICENSES.txt'), `${lines.join('\n')}\n\n${texts.join('\n')}`);
