import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

import { makeArchive } from './archive';
import { DiagramPanel } from './diagramPanel';
import { findJava } from './java';
import { archiveMaking, commandLine, Java, Launch, languageServer } from './launch';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
/** The Java homes this session has made the start-up archive for (or tried to): once each. */
const archivesMade = new Set<string>();

/** Starts the language server on the first proposal file, and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Proposal Studio');
  context.subscriptions.push(output,
    vscode.commands.registerCommand('proposalStudio.showDiagram', async () => {
      const running = await started(context);
      if (running) {
        DiagramPanel.show(context, running);
      }
    }),
    vscode.commands.registerCommand('proposalStudio.validateWorkspace', () => runCommand(context, 'validate', workspaceFolder())),
    vscode.commands.registerCommand('proposalStudio.renderFigures', () => renderFigures(context)),
    vscode.commands.registerCommand('proposalStudio.openReport', () => openReport(context)),
    vscode.commands.registerCommand('proposalStudio.restartServer', async () => {
      await client?.stop();
      client = undefined;
      await started(context);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('proposalStudio.java.home') || event.affectsConfiguration('proposalStudio.server.jvmOptions')) {
        void vscode.commands.executeCommand('proposalStudio.restartServer');
      }
    }),
  );
  await started(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function settings() {
  const configuration = vscode.workspace.getConfiguration('proposalStudio');
  return {
    javaHome: configuration.get<string>('java.home', ''),
    jvmOptions: configuration.get<string[]>('server.jvmOptions', []),
  };
}

/** The Java to run Proposal Studio with; when there is none, the user is told why and how to set one. */
async function java(): Promise<Java | undefined> {
  const found = await findJava(settings().javaHome);
  if ('problem' in found) {
    const action = await vscode.window.showErrorMessage(found.problem, 'Open Settings');
    if (action) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'proposalStudio.java.home');
    }
    return undefined;
  }
  return found;
}

/** The environment of a process the extension starts: the extension host's, and what the launch sets. */
function environment(launch: Launch): NodeJS.ProcessEnv {
  return { ...process.env, ...launch.env };
}

/**
 * Once the server has started, the start-up archive of the extension's copy of the command line for this Java is
 * made in the background, at the lowest priority (a training run of every command; the launcher does nothing when
 * the archive is there already). The server's next start, and every command's, use it. A failure costs only speed:
 * it goes to the log, not to the user.
 */
function prepareArchive(context: vscode.ExtensionContext, found: Java): void {
  const launch = archiveMaking(found, context.extensionPath);
  if (!launch || archivesMade.has(found.home)) {
    return;
  }
  archivesMade.add(found.home);
  void makeArchive(launch).then((outcome) => output.appendLine(outcome.ready
    ? `The start-up archive for ${found.home} is ready: the language server and the commands start from it.`
    : `The start-up archive for ${found.home} could not be made; Proposal Studio runs without it, only slower to start:\n${outcome.problem}`));
}

/** The running language client, started on first use. */
async function started(context: vscode.ExtensionContext): Promise<LanguageClient | undefined> {
  if (client) {
    return client;
  }
  const found = await java();
  if (!found) {
    return undefined;
  }
  const launch = languageServer(found, context.extensionPath, settings().jvmOptions);
  if (launch.withoutArchive) {
    output.appendLine(`The language server starts without its start-up archive: ${launch.withoutArchive}.`);
  }
  const executable = { command: launch.command, args: launch.args, options: { env: environment(launch) } };
  const server: ServerOptions = { run: executable, debug: executable };
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'proposal' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.proposal,proposals.properties}') },
    initializationOptions: { checksDocumentation: vscode.Uri.joinPath(context.extensionUri, 'docs', 'checks.md').toString() },
    outputChannel: output,
  };
  client = new LanguageClient('proposalStudio', 'Proposal Studio', server, options);
  await client.start();
  prepareArchive(context, found);
  return client;
}

function workspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

/** Runs a command of the command line, its output in the Proposal Studio channel; resolves to its exit status. */
async function runCommand(context: vscode.ExtensionContext, command: string, ...args: (string | undefined)[]): Promise<number | undefined> {
  const found = await java();
  if (!found || args.some((arg) => arg === undefined)) {
    if (found) {
      void vscode.window.showWarningMessage('Open a folder first: Proposal Studio works on the proposals of a workspace folder.');
    }
    return undefined;
  }
  const launch = commandLine(found, context.extensionPath, settings().jvmOptions, [command, ...(args as string[])]);
  output.show(true);
  output.appendLine(`$ proposal-studio ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    execFile(launch.command, launch.args, { cwd: workspaceFolder(), env: environment(launch), maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      output.append(stdout);
      output.append(stderr);
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      output.appendLine(`(exit status ${status})`);
      resolve(status);
    });
  });
}

async function renderFigures(context: vscode.ExtensionContext): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'proposal') {
    return;
  }
  await document.save();
  const out = path.join(path.dirname(document.uri.fsPath), 'figures');
  const status = await runCommand(context, 'render', document.uri.fsPath, '--out', out, '--format', 'svg,png');
  if (status !== undefined && status <= 1) {
    const action = await vscode.window.showInformationMessage(`The figures are in ${out}`, 'Reveal');
    if (action) {
      await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(out));
    }
  }
}

async function openReport(context: vscode.ExtensionContext): Promise<void> {
  const folder = workspaceFolder();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-studio-report-'));
  const status = await runCommand(context, 'report', folder, '--out', out);
  const index = path.join(out, 'index.html');
  if (status !== undefined && status <= 1 && fs.existsSync(index)) {
    await vscode.env.openExternal(vscode.Uri.file(index));
  }
}
