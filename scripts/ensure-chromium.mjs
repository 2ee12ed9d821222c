// Runs before `npm test`: the end-to-end tests drive Debian's Chromium (Playwright cannot download
// its own browser here). Installs it when it is missing and apt-get is available.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) {
  process.exit(0);
}
function hasAptGet() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}
if (!hasAptGet()) {
  console.error(`No browser at ${path} and no apt-get to install one. Install Chromium and set CHROMIUM_PATH.`);
  process.exit(1);
}
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
console.info(`Installing Debian's Chromium for the end-to-end tests (${path} is missing)…`);
execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
  stdio: 'inherit',
  shell: '/bin/sh',
});
