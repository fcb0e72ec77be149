/** The figure requests of the language server (docs/language-server.md#figures), and which figure the panel shows. */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  uri: string;
  range: Range;
}

export interface FigureEntry {
  proposal: string;
  figure: string;
  title: string;
  paperFigures: number[];
  inheritedFrom?: string | null;
  location?: Location | null;
}

export interface FigureList {
  figures: FigureEntry[];
  selected: number | null;
  caretElement: string | null;
}

export interface FigureDrawing {
  proposal: string;
  figure: string;
  title: string | null;
  svg: string | null;
  problem: string | null;
}

export const FIGURES_REQUEST = 'proposal/figures';
export const FIGURE_REQUEST = 'proposal/figure';

/** A figure by its proposal and name. */
export interface FigureKey {
  proposal: string;
  figure: string;
}

export function contains(range: Range, position: Position): boolean {
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}

/**
 * The figure to show as the caret moves: the one declared where the caret is; else the one shown now while the caret
 * stays in its proposal (a figure the user picked stays); else the one the server selected, the proposal's first.
 */
export function figureToShow(list: FigureList, shown: FigureKey | undefined, caret: { uri: string } & Position): FigureEntry | undefined {
  if (list.figures.length === 0) {
    return undefined;
  }
  const declaredAtCaret = list.figures.find((entry) => entry.location && entry.location.uri === caret.uri && contains(entry.location.range, caret));
  if (declaredAtCaret) {
    return declaredAtCaret;
  }
  const stillThere = shown && list.figures.find((entry) => entry.proposal === shown.proposal && entry.figure === shown.figure);
  return stillThere ?? list.figures[list.selected ?? 0];
}

/** The diagram's theme for the editor's: the paper's dark page in a dark theme. */
export function themeFor(dark: boolean): 'light' | 'paper' {
  return dark ? 'paper' : 'light';
}

/** The range a node or arrow of the SVG names in data-range, "line:character-line:character". */
export function parseRange(value: string): Range | undefined {
  const match = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(value);
  if (!match) {
    return undefined;
  }
  const [line, character, endLine, endCharacter] = match.slice(1).map(Number);
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}
