// Writes syntaxes/proposal.tmLanguage.json, the TextMate grammar of the proposal language, from the Xtext grammar
// (plugins/org.proposalstudio.language/.../Proposal.xtext): its keywords are the grammar's, so the highlighting of
// VS Code and the language can never disagree on what a keyword is. 'npm run compile' runs it, compiled.
import * as fs from 'fs';
import * as path from 'path';

/** The extension's folder: this file runs compiled, from out/scripts/. */
const extension = path.resolve(__dirname, '../..');
export const XTEXT_GRAMMAR = path.resolve(extension, '../../plugins/org.proposalstudio.language/src/org/proposalstudio/language/Proposal.xtext');
export const TEXTMATE_GRAMMAR = path.resolve(extension, 'syntaxes/proposal.tmLanguage.json');

/** The keywords of an Xtext grammar that are words: quoted in its rules, outside comments and terminal rules. */
export function keywordsOf(xtext: string): string[] {
  const rules = xtext
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/terminal\s+\w+\s*:[\s\S]*?;/g, '');
  const quoted = [...rules.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  return [...new Set(quoted.filter((keyword) => /^[A-Za-z][\w-]*$/.test(keyword)))].sort();
}

/** Words that say how things are, rather than what is declared: stances, conditions, tools, limits. */
function isConstant(keyword: string): boolean {
  return keyword.includes('-') || ['promising', 'uncertain', 'HCH', 'myopic'].includes(keyword);
}

function alternation(words: string[]): string {
  // longest first, so that 'per-step-myopia' wins over 'per-step'
  const escaped = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((word) => word.replace(/-/g, '\\-'));
  return `(?<![\\w'\\-])(?:${escaped.join('|')})(?![\\w'\\-])`;
}

export function textmateGrammar(keywords: string[]): object {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Proposal',
    scopeName: 'source.proposal',
    comment: 'Generated from Proposal.xtext by scripts/textmate-grammar.mjs; do not edit.',
    patterns: [
      { include: '#comments' },
      { include: '#strings' },
      { include: '#keywords' },
      { include: '#numbers' },
      { include: '#names' },
      { include: '#punctuation' },
      { match: '\\S', name: 'invalid.illegal.character.proposal' },
    ],
    repository: {
      comments: {
        patterns: [
          { begin: '/\\*', end: '\\*/', name: 'comment.block.proposal' },
          { match: '//.*$', name: 'comment.line.double-slash.proposal' },
        ],
      },
      strings: {
        begin: '"', end: '"', name: 'string.quoted.double.proposal',
        patterns: [{ match: '\\\\.', name: 'constant.character.escape.proposal' }],
      },
      keywords: {
        patterns: [
          { match: alternation(keywords.filter(isConstant)), name: 'constant.language.proposal' },
          { match: alternation(keywords.filter((keyword) => !isConstant(keyword))), name: 'keyword.other.proposal' },
        ],
      },
      numbers: { match: '\\b\\d+(?:\\.\\d+)*\\b', name: 'constant.numeric.proposal' },
      names: { match: "\\^?[A-Za-z_\\x{0370}-\\x{03FF}][A-Za-z0-9_\\x{0370}-\\x{03FF}]*'*", name: 'variable.other.name.proposal' },
      punctuation: {
        patterns: [
          { match: '<->|->', name: 'keyword.operator.flow.proposal' },
          { match: '[{}]', name: 'punctuation.section.block.proposal' },
          { match: '[()]', name: 'punctuation.section.parens.proposal' },
          { match: '[,:=.]', name: 'punctuation.separator.proposal' },
        ],
      },
    },
  };
}

if (require.main === module) {
  const keywords = keywordsOf(fs.readFileSync(XTEXT_GRAMMAR, 'utf8'));
  fs.mkdirSync(path.dirname(TEXTMATE_GRAMMAR), { recursive: true });
  fs.writeFileSync(TEXTMATE_GRAMMAR, JSON.stringify(textmateGrammar(keywords), null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), TEXTMATE_GRAMMAR)}: ${keywords.length} keywords`);
}
