import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import puppeteer, { Browser, Page } from 'puppeteer-core';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

import { FIGURE_REQUEST, FIGURES_REQUEST, FigureDrawing, FigureList } from '../src/figures';
import { findJava, thisMachine } from '../src/java';
import { languageServer } from '../src/launch';

/**
 * The Proposal Diagram's page in a real browser (headless Chromium), showing figures drawn by the real language
 * server that the extension ships (server/), started as the extension starts it: it shows the SVG, fits and zooms
 * it, reveals a declaration on a click, keeps a stale drawing faded with the reason, and exports. It leaves a
 * screenshot in target/.
 */
const EXTENSION = path.resolve(__dirname, '../..');
const EXAMPLES = path.resolve(EXTENSION, '../../examples');
const S04 = path.join(EXAMPLES, 's04-imitative-amplification-relaxed-adversarial-training.proposal');
const CHROMIUM = '/usr/bin/chromium';
const missing = !fs.existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt-get install chromium)`
  : !fs.existsSync(path.join(EXTENSION, 'server')) ? 'the server is not bundled (npm run bundle-server)' : undefined;

let server: ChildProcess;
let connection: MessageConnection;
let browser: Browser;

before(async () => {
  if (missing) {
    return;
  }
  // the build's Java (the pom passes it), else the one the extension would find
  const java = await findJava('', process.env.JAVA ? { ...thisMachine, env: { PATH: path.dirname(process.env.JAVA) } } : thisMachine);
  assert.ok(!('problem' in java), JSON.stringify(java));
  const launch = languageServer(java, EXTENSION, []);
  server = spawn(launch.command, launch.args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...launch.env } });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(EXAMPLES).href, capabilities: {} });
  connection.sendNotification('initialized', {});
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: pathToFileURL(S04).href, languageId: 'proposal', version: 1, text: fs.readFileSync(S04, 'utf8') },
  });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  if (connection) {
    await connection.sendRequest('shutdown');
    connection.sendNotification('exit');
    connection.dispose();
  }
});

/** The page as the extension fills it, with a stand-in for VS Code that keeps what the page posts. */
async function panel(): Promise<Page> {
  const media = path.join(EXTENSION, 'media');
  const html = fs.readFileSync(path.join(media, 'diagram.html'), 'utf8')
    .replace(/{{cspSource}}/g, 'file:').replace(/{{nonce}}/g, 'test')
    .replace('{{script}}', pathToFileURL(path.join(media, 'diagram.js')).href)
    .replace('{{style}}', pathToFileURL(path.join(media, 'diagram.css')).href);
  const file = path.join(EXTENSION, 'target', 'diagram-panel.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 640 });
  await page.evaluateOnNewDocument(() => {
    const posted: unknown[] = [];
    (window as unknown as { posted: unknown[] }).posted = posted;
    (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
      postMessage: (message: unknown) => posted.push(message),
      getState: () => undefined,
      setState: () => undefined,
    });
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { posted: { type: string }[] }).posted.some((message) => message.type === 'ready'));
  return page;
}

async function post(page: Page, message: unknown): Promise<void> {
  await page.evaluate((data) => window.postMessage(data, '*'), message as never);
}

async function posted(page: Page, type: string): Promise<Record<string, string>> {
  await page.waitForFunction((wanted) => (window as unknown as { posted: { type: string }[] }).posted.some((message) => message.type === wanted), {}, type);
  return page.evaluate((wanted) => (window as unknown as { posted: { type: string }[] }).posted.filter((message) => message.type === wanted).pop(), type) as never;
}

test('the panel shows the figure the server draws, and a click reveals its declaration', { skip: missing }, async () => {
  const uri = pathToFileURL(S04).href;
  const list = await connection.sendRequest<FigureList>(FIGURES_REQUEST, { textDocument: { uri }, position: { line: 24, character: 3 } });
  const shown = list.figures[list.selected ?? 0];
  assert.equal(shown.figure, 'ratFigure');
  const drawing = await connection.sendRequest<FigureDrawing>(FIGURE_REQUEST, { textDocument: { uri }, proposal: shown.proposal, figure: shown.figure, theme: 'light' });
  assert.ok(drawing.svg, drawing.problem ?? '');

  const page = await panel();
  await post(page, { type: 'figures', figures: list.figures, shown, caretElement: `${shown.proposal}.rat` });
  await post(page, { type: 'drawing', drawing });
  await page.waitForSelector('#drawing svg');
  assert.equal(await page.$eval('#figures', (select) => (select as HTMLSelectElement).selectedOptions[0].textContent),
    'Imitative amplification + relaxed adversarial training');
  assert.ok(await page.$('#drawing g.caret'), 'the oversight at the caret is highlighted');
  const zoom = await page.$eval('#zoom', (label) => label.textContent);
  await page.screenshot({ path: path.join(EXTENSION, 'target', 'diagram-panel.png') });

  await page.click('#zoom-in');
  assert.notEqual(await page.$eval('#zoom', (label) => label.textContent), zoom);

  const node = await page.$('#drawing g.node[data-participant="M"][data-uri]');
  assert.ok(node, 'a node of M with where it is declared');
  await node.click();
  const reveal = await posted(page, 'reveal');
  assert.equal(reveal.uri, pathToFileURL(path.join(EXAMPLES, 's03-imitative-amplification-intermittent-oversight.proposal')).href);
  const line = Number(reveal.range.split(':')[0]);
  assert.match(fs.readFileSync(path.join(EXAMPLES, 's03-imitative-amplification-intermittent-oversight.proposal'), 'utf8').split('\n')[line], /^\tmodel M\b/);

  await page.click('#export-svg');
  assert.equal((await posted(page, 'export')).data, drawing.svg);
  await page.close();
});

test('a figure that cannot be drawn keeps the last drawing, faded, and says why', { skip: missing }, async () => {
  const uri = pathToFileURL(S04).href;
  const drawing = await connection.sendRequest<FigureDrawing>(FIGURE_REQUEST,
    { textDocument: { uri }, proposal: 'ImitativeAmplificationRelaxedAdversarialTraining', figure: 'ratFigure', theme: 'paper' });
  const page = await panel();
  await post(page, { type: 'drawing', drawing });
  await page.waitForSelector('#drawing svg');
  await post(page, { type: 'drawing', drawing: { ...drawing, svg: null, problem: 'The file has errors' } });
  await page.waitForSelector('#drawing.stale');
  assert.equal(await page.$eval('#message', (message) => (message as HTMLElement).hidden ? '' : message.textContent), 'The file has errors');
  await page.screenshot({ path: path.join(EXTENSION, 'target', 'diagram-panel-stale.png') });
  await page.close();
});
