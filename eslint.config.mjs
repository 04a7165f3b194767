// Lint: typescript-eslint's recommended rules; the core folders may not import `vscode`; notifications go through one helper.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'media/**', 'esbuild.js', 'scripts/**', 'bench/results.json'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/feishu/**/*.ts', 'src/model/**/*.ts', 'src/fakeFeishu/**/*.ts', 'test/unit/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Keep the vscode API at the edges: the core gets what it needs as parameters.' }] }],
    },
  },
  {
    // Notifications render [label](command:…) as a live link: outside text reaches them only through src/notifications.ts.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: ':matches(MemberExpression[property.name=/^show(Information|Warning|Error)Message$/], Property[key.name=/^show(Information|Warning|Error)Message$/])',
        message: 'Use showInfo / showWarning / showError from src/notifications.ts: they make outside text inert.',
      }],
    },
  },
);
