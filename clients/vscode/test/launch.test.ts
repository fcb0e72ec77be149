import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { archiveMaking, commandLine, languageServer, MAIN_CLASS } from '../src/launch';

const JDK = { java: '/jdk/bin/java', home: '/jdk' };
const LAUNCHER = path.join('/ext', 'server', 'bin', 'proposal-studio');

test('the server starts through the launcher of the distribution the extension ships, told the Java and the options', () => {
  const launch = languageServer(JDK, '/ext', ['-Xmx2g', '-Xss4m'], 'linux');
  assert.equal(launch.command, 'sh');
  assert.deepEqual(launch.args, [LAUNCHER, 'lsp']);
  assert.deepEqual(launch.env, { JAVA_HOME: '/jdk', PROPOSAL_STUDIO_JAVA_OPTS: '-Xmx2g -Xss4m' });
  assert.equal(launch.withoutArchive, undefined);
});

test('the commands start the same way, and no options means none, whatever the environment says', () => {
  const launch = commandLine(JDK, '/ext', [], ['render', 'a.proposal', '--out', 'figures'], 'darwin');
  assert.deepEqual(launch.args, [LAUNCHER, 'render', 'a.proposal', '--out', 'figures']);
  assert.equal(launch.env.PROPOSAL_STUDIO_JAVA_OPTS, '');
});

test('on Windows, with no shell for the launcher, Java starts directly, without the archive, and says why', () => {
  const launch = languageServer({ java: 'C:\\jdk\\bin\\java.exe', home: 'C:\\jdk' }, '/ext', ['-Xmx2g'], 'win32');
  assert.equal(launch.command, 'C:\\jdk\\bin\\java.exe');
  assert.deepEqual(launch.args, ['-Xmx2g', '-cp', path.join('/ext', 'server', 'lib', '*'), MAIN_CLASS, 'lsp']);
  assert.match(launch.withoutArchive ?? '', /Windows/);
});

test('an option with a space, which the launcher would split, goes to Java directly', () => {
  const launch = languageServer(JDK, '/ext', ['-Dproposal.title=A B'], 'linux');
  assert.equal(launch.command, '/jdk/bin/java');
  assert.equal(launch.args[0], '-Dproposal.title=A B');
  assert.match(launch.withoutArchive ?? '', /white space/);
});

test('the archive is made by the launcher at the lowest priority, and not at all where the launcher cannot run', () => {
  const making = archiveMaking(JDK, '/ext', 'linux');
  assert.deepEqual(making && [making.command, ...making.args], ['nice', '-n', '19', 'sh', LAUNCHER, '--make-archive']);
  assert.equal(making?.env.JAVA_HOME, '/jdk');
  assert.equal(archiveMaking(JDK, '/ext', 'win32'), undefined);
});
