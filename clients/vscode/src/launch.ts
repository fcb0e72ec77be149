import * as path from 'path';

/** The command line's main class: the language server is its 'lsp' command. */
export const MAIN_CLASS = 'org.proposalstudio.cli.Main';

/** Where the command line's distribution (bin/, lib/, examples/) is inside the extension. */
export const DISTRIBUTION = 'server';

/** A program to start: the Java or the launcher, its arguments, and what it needs in its environment. */
export interface Launch {
  command: string;
  args: string[];
  /** Set in the program's environment, over the extension host's. */
  env: Record<string, string>;
  /** Why the start-up archive cannot be used, when it cannot; for the log. */
  withoutArchive?: string;
}

/** The Java found to run Proposal Studio: its `bin/java` and its home, the folder above `bin/`. */
export interface Java {
  java: string;
  home: string;
}

/**
 * The one place that says how the extension starts Proposal Studio. The extension ships the command line's
 * distribution, whose launcher (`server/bin/proposal-studio`) alone decides how the JVM starts: the start-up archive
 * for that Java, and the JVM's options. So every start goes through it, told the Java found as `JAVA_HOME` and the
 * JVM options of the settings as `PROPOSAL_STUDIO_JAVA_OPTS`. The launcher is a POSIX shell script: where there is no
 * `sh` (Windows), Java is started directly on `lib/`, without the archive. The launcher splits its options at white
 * space, so options that contain any are passed to Java directly too, also without the archive.
 */
export function commandLine(java: Java, extensionPath: string, jvmOptions: readonly string[], commandArgs: readonly string[],
  platform: NodeJS.Platform = process.platform): Launch {
  const home = path.join(extensionPath, DISTRIBUTION);
  const withoutArchive = platform === 'win32' ? 'there is no POSIX shell on Windows to run the launcher'
    : jvmOptions.some((option) => /\s/.test(option)) ? 'a JVM option of the settings contains white space, which the launcher cannot pass on'
      : undefined;
  if (withoutArchive) {
    return {
      command: java.java,
      args: [...jvmOptions, '-cp', path.join(home, 'lib', '*'), MAIN_CLASS, ...commandArgs],
      env: {},
      withoutArchive,
    };
  }
  return {
    command: 'sh',
    args: [path.join(home, 'bin', 'proposal-studio'), ...commandArgs],
    env: { JAVA_HOME: java.home, PROPOSAL_STUDIO_JAVA_OPTS: jvmOptions.join(' ') },
  };
}

/** The language server, on standard input and output. */
export function languageServer(java: Java, extensionPath: string, jvmOptions: readonly string[], platform?: NodeJS.Platform): Launch {
  return commandLine(java, extensionPath, jvmOptions, ['lsp'], platform);
}

/**
 * The launcher making the start-up archive of the extension's distribution for this Java, at the lowest priority, so
 * that it never slows what the user waits for; nothing where the launcher cannot run. The launcher does nothing when
 * the archive is there and fresh.
 */
export function archiveMaking(java: Java, extensionPath: string, platform: NodeJS.Platform = process.platform): Launch | undefined {
  const launcher = commandLine(java, extensionPath, [], ['--make-archive'], platform);
  return launcher.withoutArchive ? undefined : { ...launcher, command: 'nice', args: ['-n', '19', launcher.command, ...launcher.args] };
}
