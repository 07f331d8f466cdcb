// Makes sure the browser tests' tools exist: a Chromium (CHROME_PATH or Debian's /usr/bin/chromium)
// and poppler's pdftoppm and pdftotext, which read the printed PDFs. As root with apt-get, missing
// Debian packages are installed; otherwise one line says what to do. Browser tests are never
// skipped silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const wanted = [
  { path: chromium, pkg: process.env.CHROME_PATH ? null : 'chromium' },
  { path: '/usr/bin/pdftoppm', pkg: 'poppler-utils' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
];
const missing = () => wanted.filter((w) => !existsSync(w.path));
if (missing().length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const packages = [
  ...new Set(
    missing()
      .map((w) => w.pkg)
      .filter(Boolean),
  ),
];
if (isRoot && hasApt && packages.length) {
  console.log(`Installing Debian packages for the browser tests: ${packages.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(`apt-get update -qq && apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit', env });
  if (missing().length === 0) process.exit(0);
}
console.error(
  `Browser tests need ${missing()
    .map((w) => w.path)
    .join(
      ' and ',
    )}: run "sudo apt-get install -y chromium poppler-utils" (Debian/Ubuntu), or set CHROME_PATH to a Chromium binary.`,
);
process.exit(1);
