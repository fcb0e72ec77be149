import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { commandLine, languageServer, MAIN_CLASS } from '../src/launch';

test('the server runs the command line of the extension, with the JVM options first', () => {
  const launch = languageServer('/jdk/bin/java', '/ext', ['-Xmx2g', '-Xss4m']);
  assert.equal(launch.command, '/jdk/bin/java');
  assert.deepEqual(launch.args, ['-Xmx2g', '-Xss4m', '-cp', path.join('/ext', 'server', '*'), MAIN_CLASS, 'lsp']);
});

test('the commands start the same way', () => {
  const launch = commandLine('java', '/ext', [], ['render', 'a.proposal', '--out', 'figures']);
  assert.deepEqual(launch.args.slice(2), [MAIN_CLASS, 'render', 'a.proposal', '--out', 'figures']);
});
