// Lint: strict TypeScript, React hooks, and the architecture's import boundaries.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const featuresDir = 'src/renderer/src/features';
const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Features never import each other.
const featureZones = features.map((feature) => ({
  target: `./${featuresDir}/${feature}`,
  from: `./${featuresDir}`,
  except: [`./${feature}`],
  message: 'Features never import each other: move shared code to components/, lib/ or data/.',
}));

// The renderer's layers: features, the shell, shared components and the owners of the data.
const rendererZones = [
  ...featureZones,
  {
    target: './src/renderer',
    from: './src/main',
    message: 'The renderer never reaches the main process code.',
  },
  {
    target: './src/renderer/src/components',
    from: `./${featuresDir}`,
    message: 'Shared components do not depend on features.',
  },
  {
    target: `./${featuresDir}`,
    from: './src/renderer/src/app',
    message: 'Features never import the app shell: shared helpers (the router) live in lib/.',
  },
  {
    target: './src/renderer/src/data',
    from: [`./${featuresDir}`, './src/renderer/src/app', './src/renderer/src/components'],
    message: 'Owners (data/) do not depend on the screens that compose them.',
  },
];

// Test helpers live in tests/support; production code never imports them (tests may).
const productionZone = {
  target: './src',
  from: './tests',
  message: 'Production code never imports test helpers.',
};

const rawIpc = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'Use the typed IPC wrappers (src/main/ipc.ts, src/preload).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      // Without these the plugin reads only .js files, and no-cycle silently sees no TypeScript at all.
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'no-restricted-imports': ['error', rawIpc],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: [...rendererZones, productionZone] }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the outside only through platform/.' }],
          patterns: [{ group: ['node:*'], message: 'No Node modules in the renderer.' }],
        },
      ],
    },
  },
  {
    // One owner per table: only the owners (data/) and the database module itself (db/) touch Dexie.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/data/**', 'src/renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the outside only through platform/.' },
            { name: 'dexie', message: 'Only the owners in data/ use Dexie: compose them instead.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'No Node modules in the renderer.' },
            {
              group: ['**/db/db', '**/db/db.ts'],
              message: 'Only the owners in data/ read or write tables: call the owner of the table.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie'],
          patterns: [
            { group: ['node:*'], message: 'src/shared is pure: no Node, Electron, React or Dexie.' },
          ],
        },
      ],
    },
  },
  {
    // Only the typed wrappers touch ipcMain / ipcRenderer.
    files: ['src/main/ipc.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'bench/**/*'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: rendererZones }] },
  },
);
