import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { findJava, Machine, majorVersion } from '../src/java';

/** A machine with these Java installations, each printing its version, and these symbolic links. */
function machine(javas: Record<string, string>, env: NodeJS.ProcessEnv, links: Record<string, string> = {}): Machine {
  return {
    env,
    isFile: (file) => file in javas,
    realPath: (file) => links[file] ?? file,
    versionText: async (java) => javas[java],
  };
}

const java = (home: string) => path.join(home, 'bin', 'java');

test('the major version of what java -version prints', () => {
  assert.equal(majorVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
  assert.equal(majorVersion('java version "1.8.0_402"'), 8);
  assert.equal(majorVersion('openjdk version "25" 2025-09-16'), 25);
  assert.equal(majorVersion('command not found'), undefined);
});

test('JAVA_HOME comes before the PATH', async () => {
  const found = await findJava('', machine({ [java('/jdk17')]: 'version "17.0.1"', [java('/usr')]: 'version "21"' },
    { JAVA_HOME: '/jdk17', PATH: `/usr/bin${path.delimiter}/bin` }));
  assert.deepEqual(found, { java: java('/jdk17'), home: '/jdk17', version: 17 });
});

test('a Java too old is passed over for one on the PATH, and named when there is no other', async () => {
  const javas = { [java('/jdk11')]: 'version "11.0.2"', [path.join('/opt/jdk21/bin', 'java')]: 'version "21.0.1"' };
  const found = await findJava(undefined, machine(javas, { JAVA_HOME: '/jdk11', PATH: '/opt/jdk21/bin' }));
  assert.deepEqual(found, { java: path.join('/opt/jdk21/bin', 'java'), home: '/opt/jdk21', version: 21 });

  const none = await findJava(undefined, machine({ [java('/jdk11')]: 'version "11.0.2"' }, { JAVA_HOME: '/jdk11', PATH: '' }));
  assert.ok('problem' in none && none.problem.includes('Java 11') && none.problem.includes('needs Java 17 or later'), JSON.stringify(none));
});

test('no Java at all says where it looked and what to do', async () => {
  const none = await findJava('', machine({}, { PATH: '/usr/bin' }));
  assert.ok('problem' in none);
  assert.match(none.problem, /not in JAVA_HOME, nor on the PATH/);
  assert.match(none.problem, /proposalStudio\.java\.home/);
});

test('the setting is the only place looked at when it is set', async () => {
  const wrong = await findJava('/nowhere', machine({ [java('/usr')]: 'version "21"' }, { PATH: '/usr/bin' }));
  assert.ok('problem' in wrong && wrong.problem.includes('/nowhere'), JSON.stringify(wrong));
});

test('a java on the PATH that links into a Java installation has that installation as its home', async () => {
  const found = await findJava('', machine({ [java('/usr')]: 'version "17.0.15"' }, { PATH: '/usr/bin' },
    { [java('/usr')]: java('/usr/lib/jvm/java-17-openjdk-amd64') }));
  assert.deepEqual(found, { java: java('/usr'), home: '/usr/lib/jvm/java-17-openjdk-amd64', version: 17 });
});
