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
          patterns: [
            {
              group: [
                '**/simulator/**',
                '**/github-simulator/**',
                '**/conformance/**',
                '**/bench/**',
                '@salesforce/*'
              ],
              message: 'The action never imports test or benchmark code.'
            }
          ]
        }
      ]
    }
  },
  {
    // The runner shell: the only files that may import @actions/*. Everything else takes ports.
    // Mode orchestrators still listed here (push-upgrade, retrieve, tooling) are meant to move
    // behind the one publisher; the list must only shrink.
    files: ['src/**/*.ts'],
    ignores: [
      'src/action/**/*.ts',
      'src/push-upgrade/{abort-on-cancel,run-push-upgrade}.ts',
      'src/retrieve/{backup-step,run-retrieve-mode}.ts',
      'src/tooling/{post-compile,run-compile}.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message:
                'Only the runner shell imports @actions/* (see eslint.config.mjs); take a port instead.'
            },
            {
              group: [
                '**/simulator/**',
                '**/github-simulator/**',
                '**/conformance/**',
                '**/bench/**',
                '@salesforce/*'
              ],
              message: 'The action never imports test or benchmark code.'
            }
          ]
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
                '**/main.ts'
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
      'src/push-upgrade/{push-summary,push-csv}.ts',
      'src/tooling/compile-summary.ts',
      'src/retrieve/change-summary.ts',
      'src/settings/parse-settings.ts',
      'src/source/**/*.ts',
      'src/metadata-api/**/normalize.ts',
      'src/auth/credentials.ts',
      'src/auth/jwt-assertion.ts',
      'src/deploy/plan.ts',
      'src/deploy/poll-schedule.ts',
      'src/push-upgrade/{normalize,select-subscribers,group-failures,plan,push-verdict,org-list,push-model,push-outcome,push-wire}.ts',
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
