// ESLint (flat config). Besides the usual checks, rules keep the layers as the README describes:
// - web/ imports from the server only the API contract (server/contract/) and `import type { AppType }`;
//   the contract's zod schemas only as types, so that zod stays out of the web bundle;
// - the server's lower layers do not import the ones above them: contract/ nothing, domain/ only the
//   contract, db/ only config.ts, queries/ only the contract, db/ and domain/;
// - only server/config.ts reads the environment.
// Formatting is Prettier's (npm run format), not ESLint's.

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The parts of server/ (folders, and modules at its top), to say which may import which. */
const SERVER_FOLDERS = [
  'auth',
  'backup',
  'contract',
  'db',
  'domain',
  'editing',
  'ingest',
  'queries',
  'routes',
  'security',
  'synthetic',
];
const SERVER_MODULES = ['app', 'audit', 'cache', 'config', 'main'];

/** What each lower layer may import from the rest of server/ (matched on folder names, at any depth). */
const LAYERS = [
  {
    folder: 'contract',
    allowed: [],
    why: 'The contract imports nothing else from the server: the web builds on it.',
  },
  {
    folder: 'domain',
    allowed: ['contract'],
    why: 'The domain decides from what it is given: it imports only the contract.',
  },
  {
    folder: 'db',
    allowed: ['config'],
    why: 'The database layer depends on nothing above it (pass the work in instead).',
  },
  {
    folder: 'queries',
    allowed: ['contract', 'db', 'domain'],
    why: 'Queries read (db/) and hand over to the domain; they know nothing of routes or writes.',
  },
];

/** An import path reaching a part of server/ that `folder` may not import. */
function forbiddenFrom({ folder, allowed }) {
  const keep = (name) => name !== folder && !allowed.includes(name);
  const folders = SERVER_FOLDERS.filter(keep).join('|');
  const modules = SERVER_MODULES.filter(keep).join('|');
  return `^\\.\\.(/\\.\\.)*/((${folders})/|(${modules})\\.js$)`;
}

/** Contract modules that hold zod schemas: the web may import their types, never their values. */
const SCHEMA_MODULES = [
  'accounts',
  'dates',
  'figures',
  'health',
  'imports',
  'schemas',
  'sources',
  'statements',
  'views',
];

export default tseslint.config(
  { ignores: ['dist/', '.data/', 'node_modules/', 'bench/', 'soak/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript checks names; this rule cannot see types and globals such as NodeJS.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The environment is read in one place (server/config.ts), so every setting is documented there and in the README.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings in server/config.ts (readConfig) and pass them on.',
        },
      ],
    },
  },
  {
    files: ['server/config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Tests and scripts start servers and databases with the environment they are given (DATABASE_URL,
    // CHROMIUM_PATH, BENCH_SIZES…): they are the process's caller, not the server.
    files: ['test/**', 'scripts/**', '*.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  ...LAYERS.map(({ folder, allowed, why }) => ({
    files: [`server/${folder}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: forbiddenFrom({ folder, allowed }), message: why }] },
      ],
    },
  })),
  {
    // Tests read answers of every shape; typing each as a schema would only restate the assertions.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // A false positive here: the initial null is what is read when the measurement in the try throws.
    files: ['scripts/bench/api.ts'],
    rules: { 'no-useless-assignment': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server/(?!contract/|app\\.js$)',
              message:
                'The web imports from the server only server/contract/ and `import type { AppType }` from server/app.js.',
            },
            {
              regex: '(^|/)server/app\\.js$',
              allowTypeImports: true,
              message: 'Only `import type { AppType }`: the server itself is not part of the web bundle.',
            },
            {
              regex: `(^|/)server/contract/(${SCHEMA_MODULES.join('|')})\\.js$`,
              allowTypeImports: true,
              message:
                'Import the types of the contract’s zod schemas (`import type`): zod stays out of the web bundle.',
            },
          ],
        },
      ],
    },
  },
);
