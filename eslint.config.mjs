// Lint: typescript-eslint's recommended rules; the core folders may not import `vscode`.
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
);
