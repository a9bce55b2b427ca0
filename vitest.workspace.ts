/**
 * The one list of test projects. Vitest 4 no longer reads this file by itself:
 * `vitest.config.ts` imports it into `test.projects`, so there is a single place to add a package.
 */
const packageNames = [
  'primitives',
  'media',
  'interpret',
  'create',
  'render',
  'extract',
  'grow',
  'report',
  'client',
  'loops',
  'service',
  'cli',
] as const;

export const testProjects = [
  ...packageNames.map((name) => ({
    extends: true as const,
    test: {
      name,
      root: `./packages/${name}`,
      include: ['src/**/*.test.ts'],
    },
  })),
  {
    extends: true as const,
    test: { name: 'examples', root: './examples', include: ['**/*.test.ts'], exclude: ['**/node_modules/**'] },
  },
  {
    extends: true as const,
    test: { name: 'repo', root: './scripts', include: ['**/*.test.ts'] },
  },
];

// why: vitest's workspace file format is a default export; the named export above is what the config reads.
export default testProjects;
