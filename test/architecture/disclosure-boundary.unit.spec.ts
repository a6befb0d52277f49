import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DISCLOSURE_HANDLERS } from '../../libs/access/src/access.module';

/**
 * One disclosure path (issue 10 item 1), as a rule on the source: every answer about a named child
 * comes from the disclosure module (libs/access/src/application: its query handlers), which decides
 * with the policy and records the read. This fails when a controller reaches case events or decrypted fields another way:
 * by importing a store that decrypts, the vault or the raw event store, or by answering a GET about a
 * child, a case or a report other than through a disclosure handler or the QueryBus with a disclosure query. A new controller is checked
 * without editing this file.
 */
const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'testing' || name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const importsOf = (source: string): Array<{ names: string; from: string }> =>
  [...source.matchAll(/import\s+(?:type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/g)].map((m) => ({ names: m[1], from: m[2] }));

/** What reads case events, reports or registrations in clear, or raw events: never a controller's to use. */
const DECRYPTING_MODULES = /concern-case\.store|report\.store|child\.reveal|personal-data-vault|child-cases\.reader|consent-ledger|@stafett\/event-store/;
const DECRYPTING_NAMES = /\b(ConcernCaseStore|ReportStore|PersonalDataVault|revealChildRegistration|EVENT_STORE|EventStore|ChildCasesReader|ConsentLedger|ChildTimelineReader|ConcernTimelineContent)\b/;

/**
 * Who else may import a decrypting store, and why: their own context's commands decide with the texts, and answer ids only.
 * A store is imported by its path, or by its name from a library's index (`names`).
 */
const ALLOWED_IMPORTERS: ReadonlyArray<{ readonly module: RegExp; readonly names?: RegExp; readonly importers: RegExp; readonly why: string }> = [
  { module: /concern-case\.store/, names: /\bConcernCaseStore\b/, importers: /^libs\/(concern\/src\/(application|concern\.module)|access\/src\/(application\/|infrastructure\/timeline-content|access\.module)|child-welfare\/src\/(application\/report-commands\.service|child-welfare\.module))/, why: 'the case commands decide with the texts; report filing checks the case it links to' },
  { module: /report\.store/, names: /\bReportStore\b/, importers: /^libs\/(child-welfare\/src\/(application|child-welfare\.module)|access\/src\/(application\/|access\.module))/, why: 'the report commands and the reporter’s own list (statuses only)' },
  { module: /child\.reveal/, names: /\brevealChildRegistration\b/, importers: /^libs\/access\/src\/application\//, why: 'only the disclosure module answers with a registration in clear' },
  { module: /personal-data-vault/, importers: /^libs\/(identity\/|concern\/src\/application\/concern-case\.store|child-welfare\/src\/application\/report\.store|organisation\/src\/application\/children\/register-child\.handler|consent\/src\/application\/consent-child|access\/src\/application\/)/, why: 'encrypting on the way in; the child’s age for consent; the disclosure module' },
];

/** GET routes about a named child, a case or a report: the disclosure module's alone. */
const CHILD_LEVEL_PARAMS = /:(childId|caseId|reportId)\b/;
const DISCLOSURE_HANDLER_NAMES = new Set(DISCLOSURE_HANDLERS.map((handler) => handler.name));
/** The queries the disclosure handlers answer, read from their @QueryHandler metadata (key as @nestjs/cqrs sets it). */
const DISCLOSURE_QUERY_NAMES = new Set(DISCLOSURE_HANDLERS.map((handler) => (Reflect.getMetadata('__queryHandler__', handler) as { name: string } | undefined)?.name));

interface GetMethod {
  readonly path: string;
  readonly body: string;
}

/** The GET methods of a controller source, with their full paths and bodies. */
function getMethods(source: string): GetMethod[] {
  const prefix = /@Controller\('([^']*)'\)/.exec(source)?.[1] ?? '';
  return [...source.matchAll(/@Get\((?:'([^']*)')?\)([\s\S]*?)\n {2}}\n/g)].map((m) => ({ path: `/${[prefix, m[1] ?? ''].filter(Boolean).join('/')}`, body: m[2] }));
}

/** Constructor fields and their declared types: `private readonly readCase: ReadCaseHandler`. */
function fieldTypes(source: string): Map<string, string> {
  return new Map([...source.matchAll(/(?:private|public|protected)\s+readonly\s+(\w+):\s+(\w+)/g)].map((m) => [m[1], m[2]]));
}

describe('the disclosure boundary (issue 10 item 1)', () => {
  const controllers = sources('apps/api/src').filter((path) => path.endsWith('.controller.ts'));
  const libs = sources('libs');

  it('finds the controllers, their GET routes about a child, a case or a report, and the disclosure handlers it guards', () => {
    expect(controllers.length).toBeGreaterThan(10);
    const guarded = controllers.flatMap((path) => getMethods(read(path)).filter((m) => CHILD_LEVEL_PARAMS.test(m.path)).map((m) => m.path));
    expect(guarded).toEqual(
      expect.arrayContaining([
        '/api/v1/children/:childId',
        '/api/v1/children/:childId/consents',
        '/api/v1/children/:childId/timeline',
        '/api/v1/children/:childId/access-report',
        '/api/v1/concerns/:caseId',
        '/api/v1/reports/:reportId',
        '/api/v1/reports/:reportId/export',
      ]),
    );
    expect([...DISCLOSURE_HANDLER_NAMES]).toEqual(expect.arrayContaining(['ReadTimelineHandler', 'ReadCaseHandler', 'ReadRegistrationHandler', 'ReadReportHandler']));
    expect([...DISCLOSURE_QUERY_NAMES]).toEqual(expect.arrayContaining(['ReadTimelineQuery', 'ReadCaseQuery', 'ReadRegistrationQuery', 'ReadReportQuery']));
  });

  it.each(controllers.map((path) => [relative(ROOT, join(ROOT, path))]))('%s imports no store that decrypts, no vault and no raw event store', (path) => {
    for (const { names, from } of importsOf(read(path))) {
      expect({ path, from, decrypting: DECRYPTING_MODULES.test(from) }).toEqual({ path, from, decrypting: false });
      expect({ path, names, decrypting: DECRYPTING_NAMES.test(names) }).toEqual({ path, names, decrypting: false });
    }
  });

  it.each(controllers.map((path) => [path]))('%s answers every GET about a child, a case or a report through a disclosure handler', (path) => {
    const source = read(path);
    const fields = fieldTypes(source);
    for (const method of getMethods(source).filter((m) => CHILD_LEVEL_PARAMS.test(m.path))) {
      const called = [...method.body.matchAll(/this\.(\w+)\./g)].map((m) => fields.get(m[1]));
      // Through the QueryBus, every object the method builds must be a query a disclosure handler answers.
      const built = [...method.body.matchAll(/new\s+(\w+)\s*\(/g)].map((m) => m[1]);
      const viaBus = built.length > 0 && built.every((name) => DISCLOSURE_QUERY_NAMES.has(name));
      const viaDisclosure = called.length > 0 && called.every((type) => type !== undefined && (DISCLOSURE_HANDLER_NAMES.has(type) || (type === 'QueryBus' && viaBus)));
      expect({ route: method.path, viaDisclosure }).toEqual({
        route: method.path,
        viaDisclosure: true,
      });
    }
  });

  it.each(ALLOWED_IMPORTERS.map((rule) => [rule.module.source, rule]))('only its own context and the disclosure module import %s', (_name, rule) => {
    const importsIt = ({ names, from }: { names: string; from: string }): boolean => rule.module.test(from) || (rule.names !== undefined && from.startsWith('@stafett/') && rule.names.test(names));
    const importers = libs.filter((path) => importsOf(read(path)).some(importsIt) && !path.endsWith(rule.module.source.replace(/\\/g, '') + '.ts'));
    expect(importers.length).toBeGreaterThan(0);
    for (const importer of importers) expect({ importer, allowed: rule.importers.test(importer), why: rule.why }).toEqual({ importer, allowed: true, why: rule.why });
  });
});
