import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The Java that runs the server (its home: the folder above the real `bin/java`), or why there is none to run it. */
export type JavaLookup = { java: string; home: string; version: number } | { problem: string };

/** The lowest Java the server runs on. */
export const MINIMUM_JAVA = 17;

/** What the lookup asks of the machine; tests answer for it. */
export interface Machine {
  env: NodeJS.ProcessEnv;
  isFile(file: string): boolean;
  /** The file a path leads to, through symbolic links: `/usr/bin/java` is often a link into the Java's home. */
  realPath(file: string): string;
  /** What `java -version` prints (on standard error), or undefined when it cannot run. */
  versionText(java: string): Promise<string | undefined>;
}

export const thisMachine: Machine = {
  env: process.env,
  isFile: (file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  realPath: (file) => fs.realpathSync(file),
  versionText: (java) =>
    new Promise((resolve) =>
      execFile(java, ['-version'], { timeout: 15000 }, (error, stdout, stderr) => resolve(error ? undefined : `${stderr}${stdout}`))),
};

/** The major version in what `java -version` prints: 17 for "17.0.15", 8 for "1.8.0_402". */
export function majorVersion(versionText: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionText);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

function javaIn(home: string): string {
  return path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
}

/**
 * The Java to run the server with: the one the setting names (and then only that one), else JAVA_HOME's, else
 * `java` on the PATH; it must be Java 17 or later. When there is none, the problem says what to do.
 */
export async function findJava(javaHomeSetting: string | undefined, machine: Machine = thisMachine): Promise<JavaLookup> {
  const candidates: { java: string; from: string }[] = [];
  if (javaHomeSetting && javaHomeSetting.trim()) {
    candidates.push({ java: javaIn(javaHomeSetting.trim()), from: `the setting proposalStudio.java.home (${javaHomeSetting.trim()})` });
  } else {
    if (machine.env.JAVA_HOME) {
      candidates.push({ java: javaIn(machine.env.JAVA_HOME), from: `JAVA_HOME (${machine.env.JAVA_HOME})` });
    }
    for (const folder of (machine.env.PATH ?? '').split(path.delimiter).filter((entry) => entry)) {
      candidates.push({ java: path.join(folder, process.platform === 'win32' ? 'java.exe' : 'java'), from: `the PATH (${folder})` });
    }
  }
  const tooOld: string[] = [];
  for (const candidate of candidates) {
    if (!machine.isFile(candidate.java)) {
      if (candidate.from.startsWith('the setting')) {
        return { problem: `There is no Java at ${candidate.from}: set it to a Java ${MINIMUM_JAVA} or later installation.` };
      }
      continue;
    }
    const text = await machine.versionText(candidate.java);
    const version = text === undefined ? undefined : majorVersion(text);
    if (version !== undefined && version >= MINIMUM_JAVA) {
      return { java: candidate.java, home: path.dirname(path.dirname(machine.realPath(candidate.java))), version };
    }
    tooOld.push(`${candidate.java} from ${candidate.from} is ${version === undefined ? 'not a Java that runs' : `Java ${version}`}`);
  }
  const found = tooOld.length ? ` ${tooOld.join('; ')}.` : ' None was found: not in JAVA_HOME, nor on the PATH.';
  return {
    problem: `Proposal Studio's language server needs Java ${MINIMUM_JAVA} or later.${found} Install one, or set proposalStudio.java.home.`,
  };
}
