// Runs before `npm test`: the end-to-end tests drive Debian's Chromium (Playwright cannot download
// its own browser here). Installs it when it is missing and apt-get is available.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';

/** Whether the system has a font with Chinese glyphs (without one, Chromium draws boxes). */
function hasChineseFont() {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8', shell: '/bin/sh', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
}

/**
 * The Chinese e2e specs check that no word is cut off: with real glyphs, not boxes. Best effort:
 * without the font they still run (a box is as wide as a glyph), so a failed install is a warning.
 */
function ensureChineseFont() {
  if (hasChineseFont() || !hasAptGet()) {
    return;
  }
  try {
    console.info('Installing a Chinese font (fonts-wqy-zenhei) for the Chinese end-to-end tests…');
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei`, { stdio: 'inherit', shell: '/bin/sh' });
  } catch {
    console.warn('No Chinese font could be installed: Chinese text will be drawn as boxes in the e2e screenshots.');
  }
}

if (existsSync(path)) {
  ensureChineseFont();
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
console.info(`Installing Debian's Chromium for the end-to-end tests (${path} is missing)…`);
execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
  stdio: 'inherit',
  shell: '/bin/sh',
});
ensureChineseFont();
