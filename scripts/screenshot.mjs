// End-to-end check and docs screenshot: the packaged extension (interlinear.vsix, as
// `npm start` installs it) in a real VS Code (code-server) showing the seeds folder, one seed
// opened through Quick Open. Installed rather than loaded as a development extension,
// because code-server runs a development host in a throwaway profile that ignores our
// settings (theme) and titles the window "[Extension Development Host]".
//
//   node scripts/screenshot.mjs [out.png] [--file=NAME] [--check] [--outline] [--parallel | --notes]
//
// out.png defaults to docs/screenshot-seed-000.png, NAME to 000_07e7e57bf1db73be.txt.
// --check also fails (exit 1) unless the status bar's language indicator says "Transcript".
// --parallel opens the demo interview's translation, runs "Open Parallel View", selects a row (its translation
// help showing a memory match) and saves
// docs/screenshot-parallel-view.png (with --check, fails unless the view shows its rows).
// --outline shows the Outline view beside the file: its sections collapsed and its Speakers expanded, each person
// with their spellings (with --check, fails unless the outline lists the speakers).
// --notes opens the demo translation with its review notes (seeds/demo/…annotations.json), expands their threads
// and shows the Review Notes panel: docs/screenshot-notes.png (with --check, fails unless a thread shows).
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  cleanup,
  cleanupOnSignals,
  ensureVscode,
  launchChromium,
  packageExtension,
  startServer,
  workbenchUrl,
} from './vscodeServer.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const parallel = args.includes('--parallel');
const notes = args.includes('--notes');
const outline = args.includes('--outline');
const fileName =
  args.find((a) => a.startsWith('--file='))?.slice('--file='.length) ??
  (parallel || notes ? 'interview.zh.transcript.md' : '000_07e7e57bf1db73be.txt');
const output = path.resolve(
  args.find((a) => !a.startsWith('--')) ??
    path.join(ROOT, 'docs', parallel ? 'screenshot-parallel-view.png' : notes ? 'screenshot-notes.png' : 'screenshot-seed-000.png'),
);
const TIMEOUT_MS = 3 * 60_000;
const STEP_MS = 30_000;
const WORKSPACE = path.join(ROOT, 'seeds');

async function main() {
  const vsix = packageExtension();
  ensureVscode();

  const server = await startServer({ vsix });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: parallel || notes ? { width: 1800, height: 1000 } : { width: 1400, height: 900 } });
  page.setDefaultTimeout(STEP_MS);
  await page.goto(workbenchUrl(server.port, WORKSPACE));

  await page.waitForSelector('.explorer-folders-view .monaco-list-row');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(fileName);
  // Enter only once Quick Open lists the file, or it would open nothing.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-line').first().waitFor();
  await page.locator('.tab.active', { hasText: fileName }).waitFor();

  // Switching a .txt seed to Transcript happens just after the editor opens; wait for it
  // (for the picture too, so that it shows the transcript colours once they exist).
  const mode = page.locator('[id="status.editor.mode"]');
  await mode.waitFor();
  const language = await page
    .waitForFunction(
      () => {
        const text = document.getElementById('status.editor.mode')?.innerText.trim();
        return text === 'Transcript' && text;
      },
      undefined,
      { timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(async () => (await mode.innerText()).trim());
  // The checks run just after activation: wait for their squiggles, so the picture shows findings.
  const checked = await page
    .locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info')
    .first()
    .waitFor({ timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  const rows = parallel ? await openParallelView(page) : 0;
  const threads = notes ? await showNotes(page) : 0;
  const people = outline ? await showOutline(page) : 0;
  // Let the last tokenization and decorations paint before the picture is taken.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  fs.mkdirSync(path.dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  console.log(`[screenshot] ${fileName} opened as "${language}"; saved ${path.relative(process.cwd(), output)}`);
  if (check && language !== 'Transcript') {
    console.log(`[screenshot] FAILED: status bar language is "${language}", expected "Transcript"`);
    return 1;
  }
  if (check && parallel && rows < 10) {
    console.log(`[screenshot] FAILED: the parallel view shows ${rows} rows`);
    return 1;
  }
  if (check && notes && threads < 1) {
    console.log('[screenshot] FAILED: no review note thread appeared in the editor');
    return 1;
  }
  if (check && outline && people < 1) {
    console.log('[screenshot] FAILED: the outline lists no speakers');
    return 1;
  }
  if (check && !checked) {
    console.log('[screenshot] FAILED: no Interlinear diagnostic appeared in the editor');
    return 1;
  }
  return 0;
}

// Runs "Open Parallel View" from the command palette, waits for the page's rows and clicks one, as a reader
// would; returns how many rows the page drew.
async function openParallelView(page) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill('>Interlinear: Open Parallel View');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Parallel View' }).first().waitFor();
  await page.keyboard.press('Enter');
  const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await view.locator('.row').nth(5).waitFor();
  await view.locator('.row', { hasText: 'Who were your first customers?' }).first().click();
  // The translation help for that row: the demo's memory (seeds/demo/earlier-interviews.tmx) holds a close match.
  await view
    .locator('#assist .match')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(500); // the editors scroll to the selected sentences
  return view.locator('.row').count();
}

// Opens the Outline view in place of the file list, collapses the document's sections and expands the speakers and
// each person (by their twisties: a click on a row would move the editor to the end, where the group stands); returns
// how many people it lists.
async function showOutline(page) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill('>Explorer: Focus on Outline View');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Outline View' }).first().waitFor();
  await page.keyboard.press('Enter');
  // The folder list folded away, so that the outline has the height of the side bar.
  const folders = page.locator('.pane-header', { hasText: 'seeds' }).first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  const tree = page.locator('.outline-pane .monaco-list');
  const row = (name) =>
    tree.locator('.monaco-list-row', { has: page.locator('.monaco-highlighted-label', { hasText: new RegExp(`^${name}$`) }) }).first();
  await row('Speakers')
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await page.locator('.outline-pane').hover();
  await page
    .locator('.pane-header', { hasText: 'Outline' })
    .locator('.codicon-collapse-all')
    .first()
    .click()
    .catch(() => undefined);
  const speakers = row('Speakers');
  if (!(await speakers.count())) return 0;
  if ((await speakers.getAttribute('aria-expanded')) !== 'true') await speakers.locator('.monaco-tl-twistie').click();
  const people = tree.locator('.monaco-list-row[aria-level="2"]');
  await people.first().waitFor();
  for (let i = 0; i < (await people.count()); i++) {
    const person = people.nth(i);
    if ((await person.getAttribute('aria-expanded')) === 'false') await person.locator('.monaco-tl-twistie').click();
  }
  // Back to the editor, as a reader would go on: the outline then follows its cursor.
  await page.keyboard.press('F1');
  await input.fill('>View: Focus Active Editor Group');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus Active Editor Group' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  return people.count();
}

// Expands every review note's thread and opens the Review Notes panel, as a reviewer would; returns how many
// threads the editor shows.
async function showNotes(page) {
  const run = async (title) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
  };
  await run('Focus on Review Notes View');
  await page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 400, y: 300 } });
  await run('Comments: Expand All Comments');
  const thread = page.locator('.review-widget');
  await thread
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(800);
  return thread.count();
}

const watchdog = setTimeout(async () => {
  console.log(`[screenshot] FAILED: not done within ${TIMEOUT_MS / 1000} s`);
  await cleanup();
  process.exit(1);
}, TIMEOUT_MS);

cleanupOnSignals();

main()
  .catch((error) => {
    console.log(`[screenshot] FAILED: ${error.stack ?? error}`);
    return 1;
  })
  .then(async (code) => {
    clearTimeout(watchdog);
    await cleanup();
    process.exit(code);
  });
