// ESLint for the TypeScript of the whole project: typescript-eslint's recommended rules, and the
// rules of React hooks for the admin and portal pages. `any` is reported, not yet refused: the
// server's remaining ones are issue 28's to remove (adapters to untyped libraries excepted).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'cms/.strapi/**',
      'cms/src/extensions/**',
      'test-artifacts/**',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      // Names starting with _ are kept on purpose (a destructured field left out, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: [
      'plugins/recognition/admin/**/*.tsx',
      'plugins/recognition/portal/**/*.tsx',
      'plugins/recognition/portal/**/*.ts',
      'cms/src/admin/**/*.tsx',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
