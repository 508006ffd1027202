import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * `npm run lint`: the rules a type check cannot give. Hooks are called by the rules of hooks with
 * every dependency named; lib/ never reaches the browser's extension APIs; nothing unused is left.
 */
export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'bench/results-*.json'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The views (tests' `useBrowser` is a vitest fixture, not a hook).
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ is shared with the command line: take what you need from the browser as a service (utils/).' },
        { name: 'chrome', message: 'lib/ is shared with the command line: take what you need from the browser as a service (utils/).' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', 'webextension-polyfill', '@/components/*', '@/utils/*', 'preact', 'preact/*'],
              message: 'lib/ stays framework- and browser-free.',
            },
          ],
        },
      ],
    },
  },
);
