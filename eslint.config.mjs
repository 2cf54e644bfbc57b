import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const IO_MODULES = [
  { group: ['@actions/*'], message: 'Pure modules must not touch the runner; use an adapter.' },
  {
    group: ['node:fs', 'node:fs/*', 'fs', 'fs/*'],
    message: 'Pure modules must not touch the filesystem.'
  },
  {
    group: ['node:http', 'node:https', 'undici', 'node:child_process'],
    message: 'Pure modules must not do I/O.'
  }
]

/** Code the action never imports, wherever it lives. */
const TEST_CODE = {
  group: [
    '**/simulator/**',
    '**/github-simulator/**',
    '**/conformance/**',
    '**/bench/**',
    '@salesforce/*'
  ],
  message: 'The action never imports test or benchmark code.'
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.tools/**',
      'coverage/**',
      'conformance/node_modules/**',
      'conformance/out/**',
      'bench/out/**',
      '__tests__/fixtures/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
      ]
    }
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [TEST_CODE]
        }
      ]
    }
  },
  {
    // The shell (src/action/) is the only code that imports @actions/* at run time, reads
    // process.env or handles signals; engines and modes take ports (src/runner/run-deps.ts).
    // The CLI (src/cli/) is the second shell: it drives the action's run().
    files: ['src/**/*.ts'],
    ignores: ['src/action/**/*.ts', 'src/cli/**/*.ts', 'src/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              // Types are not the runner: a port may name the client type it hands out.
              allowTypeImports: true,
              message:
                'Only the shell (src/action/) imports @actions/*; take a port from RunDeps instead.'
            },
            {
              regex: '(^|/)action/',
              message: 'Engines and modes never import the shell; take a port from RunDeps instead.'
            },
            TEST_CODE
          ]
        }
      ],
      'no-restricted-properties': [
        'error',
        ...['env', 'on', 'once', 'off', 'kill', 'exit', 'exitCode'].map((property) => ({
          object: 'process',
          property,
          message:
            'Only the shell (src/action/) reads the environment or handles signals; use RunDeps.'
        }))
      ]
    }
  },
  {
    // Engines (everything outside the shell and src/modes/) never import a mode.
    files: ['src/**/*.ts'],
    ignores: ['src/action/**/*.ts', 'src/cli/**/*.ts', 'src/*.ts', 'src/modes/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/(^|\\/)modes\\//]',
          message: 'Engines take plain requests and never import a mode (src/modes/).'
        }
      ]
    }
  },
  {
    // A mode owns its folder and imports engines, never another mode.
    files: ['src/modes/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^\\.\\.\\/[^.]/]',
          message: 'Modes do not import each other: move what two modes share into an engine.'
        }
      ]
    }
  },
  {
    // The report engine renders the model; a mode's own summary lives in the mode's folder.
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...IO_MODULES,
            {
              group: [
                '**/deploy/**',
                '**/delta/**',
                '**/push-upgrade/**',
                '**/retrieve/**',
                '**/tooling/**',
                '**/validation-record/**',
                '**/runner/**',
                '**/github/**',
                '**/settings/**',
                '**/modes/**',
                '**/action/**'
              ],
              message:
                'src/report imports only the model and itself; put a mode summary in its mode folder.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Pure modules must not do I/O.' }
      ]
    }
  },
  {
    files: ['github-simulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '**/simulator/**'],
              message: 'The GitHub simulator stands alone: it imports nothing from the action.'
            }
          ]
        }
      ]
    }
  },
  {
    files: [
      'src/model/**/*.ts',
      // Each mode's summary renderer and verdict are pure.
      'src/modes/**/*-{summary,verdict}.ts',
      'src/modes/push-upgrade/push-csv.ts',
      'src/retrieve/change-summary.ts',
      'src/settings/parse-settings.ts',
      'src/source/**/*.ts',
      'src/metadata-api/**/normalize.ts',
      'src/auth/credentials.ts',
      'src/auth/jwt-assertion.ts',
      'src/deploy/plan.ts',
      'src/deploy/poll-schedule.ts',
      'src/push-upgrade/{normalize,select-subscribers,group-failures,plan,org-list,push-model,push-outcome,push-wire}.ts',
      'src/settings/parse-push.ts',
      'src/delta/{delta-plan,delta-finish,delta-content,delta-scope,component-index,ignore-overlay,name-status,test-selection}.ts'
    ],
    ignores: ['src/source/fs-*.ts', 'src/source/git-*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: IO_MODULES }],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Pure modules must not do I/O.' }
      ]
    }
  },
  prettier
)
