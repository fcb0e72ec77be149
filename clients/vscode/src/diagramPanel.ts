import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

import { debounce } from './debounce';
import {
  FIGURE_REQUEST, FIGURES_REQUEST, FigureDrawing, FigureKey, FigureList, figureToShow, parseRange, themeFor,
} from './figures';

/**
 * The Proposal Diagram: a panel beside the editor that shows the figure of the proposal at the caret, drawn by the
 * language server, redrawn as the text changes and as the colour theme does. A click on a node or an arrow reveals
 * its declaration; the page zooms, fits and exports.
 */
export class DiagramPanel {

  private static current: DiagramPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument | undefined;
  private shown: FigureKey | undefined;
  /** Answers to older requests are dropped when a newer one was sent. */
  private generation = 0;

  static show(context: vscode.ExtensionContext, client: LanguageClient): void {
    if (DiagramPanel.current) {
      DiagramPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      DiagramPanel.current.follow(vscode.window.activeTextEditor);
      return;
    }
    const panel = vscode.window.createWebviewPanel('proposalStudio.diagram', 'Proposal Diagram',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')] });
    DiagramPanel.current = new DiagramPanel(panel, context, client);
  }

  private constructor(private readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext,
    private readonly client: LanguageClient) {
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'proposal-file.svg');
    panel.webview.html = DiagramPanel.page(panel.webview, context.extensionUri);
    const redrawDelay = () => vscode.workspace.getConfiguration('proposalStudio').get<number>('diagram.redrawDelay', 300);
    const caretMoved = debounce((editor: vscode.TextEditor) => this.follow(editor), () => 100);
    const edited = debounce(() => this.draw(), redrawDelay);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message) => this.received(message)),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document.languageId === 'proposal') {
          caretMoved(event.textEditor);
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && editor.document.languageId === 'proposal' && this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) {
          edited();
        }
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.draw()),
      { dispose: () => { caretMoved.cancel(); edited.cancel(); } },
    );
  }

  /** The page, from media/diagram.html, with the webview's addresses of its script and style. */
  private static page(webview: vscode.Webview, extension: vscode.Uri): string {
    const media = vscode.Uri.joinPath(extension, 'media');
    const nonce = crypto.randomBytes(16).toString('base64');
    return fs.readFileSync(path.join(media.fsPath, 'diagram.html'), 'utf8')
      .replace(/{{cspSource}}/g, webview.cspSource)
      .replace(/{{nonce}}/g, nonce)
      .replace('{{script}}', webview.asWebviewUri(vscode.Uri.joinPath(media, 'diagram.js')).toString())
      .replace('{{style}}', webview.asWebviewUri(vscode.Uri.joinPath(media, 'diagram.css')).toString());
  }

  /** The figures of the proposal at the editor's caret; the figure to show among them, drawn. */
  private async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor || editor.document.languageId !== 'proposal') {
      return;
    }
    this.document = editor.document;
    const caret = editor.selection.active;
    const uri = editor.document.uri.toString();
    const generation = ++this.generation;
    try {
      const list = await this.client.sendRequest<FigureList>(FIGURES_REQUEST,
        { textDocument: { uri }, position: { line: caret.line, character: caret.character } });
      if (generation !== this.generation) {
        return;
      }
      const next = figureToShow(list, this.shown, { uri, line: caret.line, character: caret.character });
      if (!next) {
        this.shown = undefined;
        this.post({ type: 'nothing', message: 'The proposal at the caret has no figures.' });
        return;
      }
      const changed = !this.shown || this.shown.proposal !== next.proposal || this.shown.figure !== next.figure;
      this.shown = { proposal: next.proposal, figure: next.figure };
      this.post({ type: 'figures', figures: list.figures, shown: this.shown, caretElement: list.caretElement });
      if (changed) {
        await this.draw();
      }
    } catch (error) {
      this.post({ type: 'nothing', message: `The figures could not be listed: ${(error as Error).message}` });
    }
  }

  private async draw(): Promise<void> {
    if (!this.document || !this.shown) {
      return;
    }
    const generation = ++this.generation;
    const dark = vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Dark
      || vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.HighContrast;
    try {
      const drawing = await this.client.sendRequest<FigureDrawing>(FIGURE_REQUEST, {
        textDocument: { uri: this.document.uri.toString() }, ...this.shown, theme: themeFor(dark),
      });
      if (generation === this.generation) {
        this.post({ type: 'drawing', drawing });
      }
    } catch (error) {
      this.post({ type: 'drawing', drawing: { ...this.shown, title: null, svg: null, problem: (error as Error).message } });
    }
  }

  private async received(message: { type: string; [key: string]: string }): Promise<void> {
    if (message.type === 'ready') {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.languageId === 'proposal') {
        await this.follow(editor);
      } else {
        this.post({ type: 'nothing', message: 'Open a proposal file: the diagram shows the figures of the proposal at its caret.' });
      }
    } else if (message.type === 'pick') {
      this.shown = { proposal: message.proposal, figure: message.figure };
      await this.draw();
    } else if (message.type === 'reveal') {
      const range = parseRange(message.range);
      if (range) {
        const editor = await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { viewColumn: vscode.ViewColumn.One });
        const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        editor.selection = new vscode.Selection(selection.start, selection.end);
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    } else if (message.type === 'export') {
      await DiagramPanel.export(message.format, message.name, message.data);
    }
  }

  private static async export(format: string, name: string, data: string): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${name}.${format}`) : undefined,
      filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] },
    });
    if (target) {
      const bytes = format === 'svg' ? Buffer.from(data, 'utf8') : Buffer.from(data, 'base64');
      await vscode.workspace.fs.writeFile(target, bytes);
    }
  }

  private post(message: unknown): void {
    void this.panel.webview.postMessage(message);
  }

  private dispose(): void {
    DiagramPanel.current = undefined;
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
