import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

import { DiagramPanel } from './diagramPanel';
import { findJava } from './java';
import { commandLine, languageServer } from './launch';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

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
async function java(): Promise<string | undefined> {
  const found = await findJava(settings().javaHome);
  if ('problem' in found) {
    const action = await vscode.window.showErrorMessage(found.problem, 'Open Settings');
    if (action) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'proposalStudio.java.home');
    }
    return undefined;
  }
  return found.java;
}

/** The running language client, started on first use. */
async function started(context: vscode.ExtensionContext): Promise<LanguageClient | undefined> {
  if (client) {
    return client;
  }
  const javaPath = await java();
  if (!javaPath) {
    return undefined;
  }
  const launch = languageServer(javaPath, context.extensionPath, settings().jvmOptions);
  const server: ServerOptions = { run: launch, debug: launch };
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'proposal' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.proposal,proposals.properties}') },
    initializationOptions: { checksDocumentation: vscode.Uri.joinPath(context.extensionUri, 'docs', 'checks.md').toString() },
    outputChannel: output,
  };
  client = new LanguageClient('proposalStudio', 'Proposal Studio', server, options);
  await client.start();
  return client;
}

function workspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

/** Runs a command of the command line, its output in the Proposal Studio channel; resolves to its exit status. */
async function runCommand(context: vscode.ExtensionContext, command: string, ...args: (string | undefined)[]): Promise<number | undefined> {
  const javaPath = await java();
  if (!javaPath || args.some((arg) => arg === undefined)) {
    if (javaPath) {
      void vscode.window.showWarningMessage('Open a folder first: Proposal Studio works on the proposals of a workspace folder.');
    }
    return undefined;
  }
  const launch = commandLine(javaPath, context.extensionPath, settings().jvmOptions, [command, ...(args as string[])]);
  output.show(true);
  output.appendLine(`$ proposal-studio ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    execFile(launch.command, launch.args, { cwd: workspaceFolder(), maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
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
