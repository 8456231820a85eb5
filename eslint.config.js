// Lint rules for the whole tree: typescript-eslint, the rules of React hooks, and the layering (which folder may
// import what) as import restrictions; tests/architecture.test.ts states the same rules and also checks type-only imports.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

/** A rule entry that forbids imports of `groups` (gitignore-style patterns on the specifier) with `message`. */
const forbid = (groups, message) => ({ group: groups, message });

const folders = {
  common: '**/common/**',
  core: '**/core/**',
  node: '**/node/**',
  electron: '**/electron/**',
  renderer: '**/renderer/**',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // A feature's strings file adds its keys to the dictionary's FeatureMessageKeys by extending it once.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // esbuild injects this CommonJS shim into the Electron bundle, where `require` is the way to reach `url`.
    files: ['scripts/importMetaUrl.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['common/**/*.ts'],
    ignores: ['common/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            { regex: '^[^.]', message: 'common/ imports no package: both the core and the renderer run it as it is.' },
            forbid([folders.core, folders.node, folders.electron, folders.renderer], 'common/ imports only common/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'lowdb/node'],
          patterns: [forbid([folders.node, folders.electron, folders.renderer], 'The core is pure: it imports only core/, common/ and pure packages.')],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'zod', 'lowdb', 'flexsearch', 'snowball-stemmers'].map((name) => ({ name, message: 'The renderer runs in the page: no Node, Electron or core packages.' })),
          patterns: [
            { group: [folders.core], allowTypeImports: true, message: 'The renderer takes only types from the core; shared code it runs lives in common/.' },
            forbid([folders.node, folders.electron], 'The renderer talks to the app only through renderer/api/client.ts.'),
          ],
        },
      ],
    },
  },
  {
    files: ['node/**/*.ts'],
    ignores: ['node/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', 'react', 'react-dom'], patterns: [forbid([folders.electron, folders.renderer], 'The Node host runs without Electron and the page.')] }],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/core/(?!api/transport\\.js$)', allowTypeImports: true, message: 'The preload knows no method table: it imports only core/api/transport.js.' }] },
      ],
    },
  },
);
