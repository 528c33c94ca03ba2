// @ts-check
import js from '@eslint/js';
import { createProjectGraphAsync } from '@nx/devkit';
// Only the boundary rule: the package's main entry also compiles tools/eslint-rules into nx "workspace rules", which
// needs @swc-node/register (not installed) and warns on every run. Our rules load directly as the `meshwork` plugin.
import { enforceModuleBoundaries } from '@nx/eslint-plugin/internal';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import meshwork from './tools/eslint-rules/index.js';

// The boundary rule reads nx's cached project graph. An nx task has just refreshed it; a plain `eslint` run would
// otherwise use a missing graph (fresh clone: the rule is skipped) or a stale one (a new project is not checked).
if (!process.env.NX_TASK_TARGET_PROJECT) await createProjectGraphAsync({ exitOnError: false });

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.cjs', '**/*.mjs'];
const SERVICES = ['catalog', 'governance', 'access', 'sla', 'cli'];

/**
 * Who may import whom (ARCHITECTURE.md). A project whose tags match no constraint may import no project at all.
 * @type {{ sourceTag: string, onlyDependOnLibsWithTags: string[] }[]}
 */
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...SERVICES.map((service) => ({
    sourceTag: `scope:${service}`,
    onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:shared'],
  })),
];

/**
 * The "may import" column of the shared-libraries table in ARCHITECTURE.md. Every lib carries the same tags,
 * so the finer rule is spelled out here by alias.
 * @type {Record<string, string[]>}
 */
const libImports = {
  platform: ['authz'],
  authz: [],
  descriptors: [],
  policies: ['descriptors'],
  sdk: ['authz', 'descriptors', 'policies'],
  testing: ['platform'],
};

/** Aliases resolve to a library's index only; npm workspace links would otherwise let a file inside it be imported. */
const DEEP_IMPORT = {
  group: ['@meshwork/*/**'],
  message: 'Import a library through its entry point (@meshwork/<lib>), not a file inside it.',
};

const libBoundaries = Object.entries(libImports).map(([lib, allowed]) => ({
  name: `meshwork/lib-boundaries/${lib}`,
  files: [`libs/${lib}/**/*`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          DEEP_IMPORT,
          {
            group: ['@meshwork/*', ...allowed.map((name) => `!@meshwork/${name}`)],
            message: `libs/${lib} may import ${allowed.length ? allowed.map((name) => `@meshwork/${name}`).join(', ') : 'no other @meshwork package'} (ARCHITECTURE.md, shared libraries).`,
          },
        ],
      },
    ],
  },
}));

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    '**/coverage/**',
    '.nx/**',
    '.meshwork/**',
    'tmp/**',
    'libs/sdk/src/generated/**',
    'libs/sdk/openapi/**',
    'tools/dev/demo/**',
    '**/*.json',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'meshwork/all',
    plugins: { '@nx': { rules: { 'enforce-module-boundaries': enforceModuleBoundaries } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      'no-restricted-imports': ['error', { patterns: [DEEP_IMPORT] }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints,
        },
      ],
    },
  },

  {
    name: 'meshwork/typescript',
    files: TS,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The few type-aware rules worth their cost: a promise nobody awaits is a bug we keep shipping.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },

  {
    name: 'meshwork/javascript',
    files: JS,
    languageOptions: {
      globals: { ...globals.node },
    },
  },

  {
    name: 'meshwork/commonjs',
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },

  {
    // Jest configs extend the workspace preset by relative path; they configure a project, they are not part of it.
    name: 'meshwork/jest-configs',
    files: ['**/jest.config.js'],
    rules: {
      '@nx/enforce-module-boundaries': 'off',
    },
  },

  {
    name: 'meshwork/javascript-tests',
    files: ['**/*.spec.js'],
    languageOptions: { globals: { ...globals.jest } },
  },

  {
    name: 'meshwork/tools',
    files: ['tools/**/*'],
    rules: {
      'no-console': 'off',
    },
  },

  {
    // Every controller: the services', and the platform's own (health), which imports the decorators by relative path.
    name: 'meshwork/controllers',
    files: ['apps/**/*.ts', 'libs/platform/**/*.ts'],
    plugins: { meshwork },
    rules: {
      'meshwork/require-authorization': 'error',
    },
  },

  ...libBoundaries,

  prettier,
);
