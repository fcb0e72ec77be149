import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import * as yauzl from 'yauzl';

/** The packaged extension, target/proposal-studio.vsix, as VS Code, VSCodium and Theia install it. */
const VSIX = path.resolve(__dirname, '../../target/proposal-studio.vsix');

/** The names of the package's files, and the text of those asked for. */
function read(wanted: string[]): Promise<{ names: string[]; texts: Map<string, string> }> {
  return new Promise((resolve, reject) => {
    yauzl.open(VSIX, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        reject(error);
        return;
      }
      const names: string[] = [];
      const texts = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (!wanted.includes(entry.fileName)) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            reject(streamError);
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            texts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve({ names, texts }));
      zip.readEntry();
    });
  });
}

test('the package holds the extension, the grammar, the diagram page and the command line distribution', async () => {
  const { names } = await read([]);
  for (const file of ['extension/package.json', 'extension/dist/extension.js', 'extension/syntaxes/proposal.tmLanguage.json',
    'extension/language-configuration.json', 'extension/media/diagram.html', 'extension/media/diagram.js', 'extension/images/icon.png',
    'extension/docs/checks.md', 'extension/LICENSE.txt', 'extension/README.md',
    // the distribution: its launcher, and the examples from which it makes the start-up archive of the installed copy
    'extension/server/bin/proposal-studio', 'extension/server/examples/s03-imitative-amplification-intermittent-oversight.proposal',
    'extension/server/examples/proposals.properties']) {
    assert.ok(names.includes(file), `${file} is missing from ${names.join('\n')}`);
  }
  for (const bundle of ['org.proposalstudio.language.server_', 'org.proposalstudio.cli_', 'org.proposalstudio.diagram_',
    'org.eclipse.xtext.ide_', 'org.eclipse.lsp4j_', 'org.eclipse.elk.alg.layered_']) {
    assert.ok(names.some((name) => name.startsWith(`extension/server/lib/${bundle}`) && name.endsWith('.jar')), `no ${bundle}*.jar in server/lib/`);
  }
  assert.ok(!names.some((name) => name.startsWith('extension/server/archives/')),
    'no start-up archive: one belongs to the folder and the Java it was made for, so the installed copy makes its own');
  assert.ok(!names.some((name) => name.includes('node_modules/') || name.startsWith('extension/src/') || name.startsWith('extension/test')),
    'sources, tests and node_modules stay out');
});

test('the manifest says what Open VSX and the marketplaces ask for', async () => {
  const { texts } = await read(['extension/package.json']);
  const manifest = JSON.parse(texts.get('extension/package.json') ?? '{}');
  assert.equal(manifest.license, 'EPL-2.0');
  assert.equal(manifest.icon, 'images/icon.png');
  assert.ok(manifest.engines.vscode.startsWith('^1.'));
  assert.ok(manifest.categories.includes('Programming Languages'));
  assert.equal(manifest.main, './dist/extension.js');
  assert.deepEqual(manifest.contributes.languages[0].extensions, ['.proposal']);
  assert.equal(manifest.contributes.grammars[0].scopeName, 'source.proposal');
});
