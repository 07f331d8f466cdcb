// Makes sure a Chromium for the browser tests exists: uses CHROME_PATH or Debian's
// /usr/bin/chromium, installs Debian's package when running as root with apt-get, and
// otherwise stops with one line saying what to do. Browser tests are never skipped silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROME_PATH) {
  console.log('Chromium not found: installing Debian package "chromium" (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env });
  if (existsSync(wanted)) process.exit(0);
}
console.error(
  `Browser tests need Chromium at ${wanted}: run "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_PATH to a Chromium binary.`,
);
process.exit(1);
