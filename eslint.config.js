// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const HTML_SINKS = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Build DOM nodes or let preact render text: page text is untrusted.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Build DOM nodes or let preact render text: page text is untrusted.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM nodes instead of parsing HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'demo-output/', 'demo/pages/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...HTML_SINKS],
    },
  },
  {
    // The content script's JSX is classic (a pragma in each file): it calls preact's h.
    files: ['src/content/**/*.tsx'],
    languageOptions: { parserOptions: { jsxPragma: 'h' } },
  },
  {
    // The analyzer is pure: text in, findings out. The host passes in whatever it needs.
    files: ['src/analyzer/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['chrome', 'browser', 'document', 'window', 'navigator', 'location', 'localStorage', 'fetch'].map((name) => ({
          name,
          message: 'src/analyzer must not touch browser APIs.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'src/analyzer must not touch browser APIs.' }] },
      ],
    },
  },
);
