import { spawn } from 'child_process';

import { Launch } from './launch';

/** How making the start-up archive ended: it is there (made now, or fresh already), or why not. */
export type ArchiveOutcome = { ready: true } | { ready: false; problem: string };

/** Enough of what the launcher says on failure for a log. */
const MAX_PROBLEM = 4000;

/**
 * Runs the launcher's archive making in the background, in a process group of its own: it is left to finish when the
 * editor closes, since the launcher moves an archive into place only once it is whole. It never throws: a failure, or
 * no way to run it, is an outcome to log.
 */
export function makeArchive(launch: Launch): Promise<ArchiveOutcome> {
  return new Promise((resolve) => {
    let problem = '';
    const child = spawn(launch.command, launch.args, {
      env: { ...process.env, ...launch.env },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      problem = (problem + chunk.toString()).slice(-MAX_PROBLEM);
    });
    child.on('error', (error) => resolve({ ready: false, problem: `${launch.command} could not be started: ${error.message}` }));
    child.on('close', (code, signal) => resolve(code === 0 ? { ready: true }
      : { ready: false, problem: problem.trim() || (signal ? `stopped by ${signal}` : `exit status ${code}`) }));
  });
}
