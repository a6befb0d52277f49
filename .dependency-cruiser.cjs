// The import rules of issue 12 (docs/architecture.md, "Layout"). `npm run check:deps` runs them in CI.
const CONTEXTS = '(concern|consent|access|child-welfare|organisation|identity|auth)';
const LOWER = '(kernel|platform|event-store|projections)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'A domain folder holds pure deciders: no NestJS, TypeORM, pg, and no file, network or HTTP I/O. Its specs may read fixtures from disk.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/', pathNot: '\\.spec\\.ts$' },
      to: { path: 'node_modules/(@nestjs/|typeorm/|pg/)|^(node:)?(fs|net|http|https)(/|$)' },
    },
    {
      name: 'lower-libraries-import-no-context',
      comment: 'kernel, platform, event-store and projections know no context; the composition root (apps/composition) puts them together.',
      severity: 'error',
      from: { path: `^libs/${LOWER}/` },
      to: { path: `^libs/${CONTEXTS}/` },
    },
    {
      name: 'only-through-index',
      comment: 'Another library is imported through its index.ts only (@stafett/<lib>), never a file inside its src/.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$|testing/index\\.ts$)', pathNot: '^libs/$1/' },
    },
    {
      name: 'apps-only-through-index',
      comment: 'The same for the apps: a library is @stafett/<lib>, its index.ts.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$|testing/index\\.ts$)' },
    },
    {
      name: 'testing-only-from-specs',
      comment: "A library's test helpers (@stafett/<lib>/testing) are for spec files (and other test helpers).",
      severity: 'error',
      from: { path: '^(libs|apps)/', pathNot: '(\\.spec\\.ts$|/testing/)' },
      to: { path: '^libs/([^/]+)/src/testing/index\\.ts$' },
    },
    {
      name: 'no-cycles-between-libraries',
      comment: 'Libraries form a hierarchy: no library reaches itself again through others.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, viaOnly: { path: '^libs/' }, pathNot: '^libs/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.cjs', '.mjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
