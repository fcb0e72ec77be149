import * as path from 'path';

/** The command line's main class: the language server is its 'lsp' command. */
export const MAIN_CLASS = 'org.proposalstudio.cli.Main';

/** A program to start: the Java, and its arguments. */
export interface Launch {
  command: string;
  args: string[];
}

/**
 * The one place that says how the extension starts Proposal Studio: the Java found, the JVM options of the
 * settings, and the command line's class path, which ships inside the extension (server/). The language server
 * and the commands (validate, render, report) all start this way.
 */
export function commandLine(java: string, extensionPath: string, jvmOptions: readonly string[], commandArgs: readonly string[]): Launch {
  return {
    command: java,
    args: [...jvmOptions, '-cp', path.join(extensionPath, 'server', '*'), MAIN_CLASS, ...commandArgs],
  };
}

/** The language server, on standard input and output. */
export function languageServer(java: string, extensionPath: string, jvmOptions: readonly string[]): Launch {
  return commandLine(java, extensionPath, jvmOptions, ['lsp']);
}
