/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(ts|tsx|js|mjs)$': '<rootDir>/scripts/jest-esbuild-transform.cjs' },
  // preact ships ESM; let the transform turn it into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(preact|@preact)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
};
