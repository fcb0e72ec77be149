import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';

import { makeArchive } from '../src/archive';
import { findJava, thisMachine } from '../src/java';
import { archiveMaking, commandLine, Java } from '../src/launch';

/**
 * The start-up archive as the installed extension makes it, in the background, for its own copy of the command line:
 * on a copy of server/ (the distribution the extension ships, without archive), with the build's Java. Then the
 * commands and the server start from it; and a failure is an outcome to log, never an exception.
 */
const EXTENSION = path.resolve(__dirname, '../..');
const missing = process.platform === 'win32' ? 'the launcher is a POSIX shell script'
  : !fs.existsSync(path.join(EXTENSION, 'server', 'bin', 'proposal-studio')) ? 'the server is not bundled (npm run bundle-server)' : undefined;

let installed: string;
let java: Java;

before(async () => {
  if (missing) {
    return;
  }
  installed = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-studio-extension-'));
  fs.cpSync(path.join(EXTENSION, 'server'), path.join(installed, 'server'), { recursive: true });
  // the build's Java (the pom passes it), else the one the extension would find
  const found = await findJava('', process.env.JAVA ? { ...thisMachine, env: { PATH: path.dirname(process.env.JAVA) } } : thisMachine);
  assert.ok(!('problem' in found), JSON.stringify(found));
  java = found;
});

after(() => {
  if (installed) {
    fs.rmSync(installed, { recursive: true, force: true });
  }
});

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => execFile(command, args, { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
    resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr })));
}

test('the archive is made in the background for the installed copy, and the next start uses it', { skip: missing, timeout: 300_000 }, async () => {
  const making = archiveMaking(java, installed);
  assert.ok(making);
  const outcome = await makeArchive(making);
  assert.deepEqual(outcome, { ready: true });
  assert.ok(fs.readdirSync(path.join(installed, 'server', 'archives')).some((file) => /\.(jsa|aot)$/.test(file)), 'an archive in server/archives');

  const classes = path.join(installed, 'classes.log');
  const server = commandLine(java, installed, [`-Xlog:class+load=info:file=${classes}`], ['lsp', '--help']);
  const help = await run(server.command, server.args, server.env);
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /proposal-studio lsp/);
  assert.match(fs.readFileSync(classes, 'utf8'), / org\.proposalstudio\.cli\.Main source: shared objects file/);
});

test('an archive that cannot be made is a problem to log, and the commands still run', { skip: missing }, async () => {
  // as in an installation the user cannot write to: the launcher cannot create archives/
  const archives = path.join(installed, 'server', 'archives');
  fs.rmSync(archives, { recursive: true, force: true });
  fs.writeFileSync(archives, 'not a folder');
  try {
    const outcome = await makeArchive(archiveMaking(java, installed)!);
    assert.ok(!outcome.ready && outcome.problem.includes('archives'), JSON.stringify(outcome));
    const help = commandLine(java, installed, [], ['--help']);
    assert.equal((await run(help.command, help.args, help.env)).code, 0);
  } finally {
    fs.rmSync(archives, { force: true });
  }
});
