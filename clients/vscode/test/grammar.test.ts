import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { IGrammar, INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';

import { keywordsOf, TEXTMATE_GRAMMAR, textmateGrammar, XTEXT_GRAMMAR } from '../scripts/textmate-grammar';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

async function grammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => parseRawGrammar(fs.readFileSync(TEXTMATE_GRAMMAR, 'utf8'), TEXTMATE_GRAMMAR),
  });
  const loaded = await registry.loadGrammar('source.proposal');
  assert.ok(loaded);
  return loaded;
}

/** Each token of the text with its innermost scope. */
function tokens(proposal: IGrammar, text: string): { text: string; scope: string; line: number }[] {
  const result: { text: string; scope: string; line: number }[] = [];
  let stack = INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const tokenized = proposal.tokenizeLine(line, stack);
    for (const token of tokenized.tokens) {
      result.push({ text: line.substring(token.startIndex, token.endIndex), scope: token.scopes[token.scopes.length - 1], line: index + 1 });
    }
    stack = tokenized.ruleStack;
  });
  return result;
}

function examples(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => fs.readdirSync(folder, { withFileTypes: true }).forEach((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      walk(file);
    } else if (entry.name.endsWith('.proposal')) {
      found.push(file);
    }
  });
  walk(EXAMPLES);
  return found.sort();
}

test('the grammar is the one generated from the Xtext grammar as it is now', () => {
  const generated = textmateGrammar(keywordsOf(fs.readFileSync(XTEXT_GRAMMAR, 'utf8')));
  assert.deepEqual(JSON.parse(fs.readFileSync(TEXTMATE_GRAMMAR, 'utf8')), JSON.parse(JSON.stringify(generated)));
});

test('every keyword of the Xtext grammar is highlighted as one', async () => {
  const proposal = await grammar();
  const keywords = keywordsOf(fs.readFileSync(XTEXT_GRAMMAR, 'utf8'));
  assert.ok(keywords.includes('proposal') && keywords.includes('per-step-myopia') && keywords.includes('relies'), keywords.join(' '));
  for (const keyword of keywords) {
    const [token] = tokens(proposal, keyword);
    assert.equal(token.text, keyword);
    assert.match(token.scope, /^(keyword|constant\.language)\./, `${keyword} is ${token.scope}`);
  }
});

test('every example is tokenized without an unmatched region', async () => {
  const proposal = await grammar();
  const files = examples();
  assert.ok(files.length >= 26, files.join('\n'));
  for (const file of files) {
    for (const token of tokens(proposal, fs.readFileSync(file, 'utf8'))) {
      const unmatched = token.scope === 'source.proposal' && token.text.trim() !== '';
      assert.ok(!unmatched && !token.scope.startsWith('invalid'),
        `${path.relative(EXAMPLES, file)}:${token.line}: '${token.text}' is ${token.scope}`);
    }
  }
});

test('names, strings, comments and numbers are told apart', async () => {
  const proposal = await grammar();
  const scopes = tokens(proposal, 'oversight rat: Amp(M) oversees M continuously // note\n"a \\"text\\"" section 4.2')
    .filter((token) => token.text.trim() !== '').map((token) => `${token.text}=${token.scope.split('.')[0]}`);
  assert.deepEqual(scopes, ['oversight=keyword', 'rat=variable', ':=punctuation', 'Amp=keyword', '(=punctuation', 'M=variable',
    ')=punctuation', 'oversees=keyword', 'M=variable', 'continuously=keyword', '// note=comment', '"=string', 'a =string',
    '\\"=constant', 'text=string', '\\"=constant', '"=string', 'section=keyword', '4.2=constant']);
});
