// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, with the browser's
// globals only where browser code lives (src/client, public, the scripts of .astro files).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'data/', 'tests/charts/__snapshots__/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    files: ['src/client/**', 'public/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Build-time code is given its document (a chart draws into the one it is passed): never the global one.
    files: ['src/{config,lib,data,derive,charts,views,figures}/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'history', 'location'] },
  },
  {
    rules: {
      // `_`-prefixed names are left out on purpose (e.g. `const { omitted: _, ...rest } = object`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
          caughtErrors: 'none',
        },
      ],
    },
  },
);
