import assert from 'node:assert/strict';
import { test } from 'node:test';

import { FigureEntry, FigureList, figureToShow, parseRange, themeFor } from '../src/figures';

function entry(figure: string, line: number): FigureEntry {
  return {
    proposal: 'P', figure, title: figure, paperFigures: [],
    location: { uri: 'file:///p.proposal', range: { start: { line, character: 1 }, end: { line: line + 3, character: 2 } } },
  };
}

const list: FigureList = { figures: [entry('first', 10), entry('second', 20)], selected: 0, caretElement: null };

test('the figure declared at the caret is shown', () => {
  assert.equal(figureToShow(list, undefined, { uri: 'file:///p.proposal', line: 21, character: 4 })?.figure, 'second');
});

test('a figure picked stays while the caret moves in its proposal', () => {
  assert.equal(figureToShow(list, { proposal: 'P', figure: 'second' }, { uri: 'file:///p.proposal', line: 2, character: 0 })?.figure, 'second');
});

test("in another proposal, the server's choice", () => {
  assert.equal(figureToShow(list, { proposal: 'Q', figure: 'x' }, { uri: 'file:///p.proposal', line: 2, character: 0 })?.figure, 'first');
  assert.equal(figureToShow({ figures: [], selected: null, caretElement: null }, undefined, { uri: 'u', line: 0, character: 0 }), undefined);
});

test('ranges and themes', () => {
  assert.deepEqual(parseRange('3:1-4:12'), { start: { line: 3, character: 1 }, end: { line: 4, character: 12 } });
  assert.equal(parseRange('nonsense'), undefined);
  assert.equal(themeFor(true), 'paper');
  assert.equal(themeFor(false), 'light');
});
