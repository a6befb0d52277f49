import demo from '../infrastructure/demo-organisation.json';
import { DEFAULT_SERVICE_TYPES } from './service-types';
import { formatConfigProblems, validateOrganisationConfig } from './organisation-config.validator';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('validateOrganisationConfig', () => {
  it('accepts the demo organisation', () => {
    const result = validateOrganisationConfig(demo);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  describe('when the file has many mistakes', () => {
    it('lists every one with its path', () => {
      const file = clone(demo) as Record<string, any>;
      file.municipalities.push({ kommunenummer: '5028', name: 'Melhus igjen' }, { kommunenummer: '502', name: '' });
      file.units[2].serves[0].validFrom = '2020-13-01';
      file.units[1].serviceType = 'tannlege';
      file.units[0].serves.push({ kommunenummer: '5029', validFrom: '2023-01-01' });
      file.units[3].hostMunicipality = '5001';
      file.units[4].serves[0].valdTo = '2024-01-01';
      file.practitioners[0].roles = ['leader', 'boss'];
      file.practitioners[1].unitId = 'demo-tannlege';
      file.practitioners[2].activeTo = '2019-01-01';
      file.practitioners[3].id = file.practitioners[4].id;

      const result = validateOrganisationConfig(file);
      expect(result.ok).toBe(false);
      const lines = result.ok ? '' : formatConfigProblems(result.problems);
      expect(lines.split('\n').sort()).toEqual(
        [
          'municipalities[2].kommunenummer: 5028 is listed twice',
          'municipalities[3].kommunenummer: kommunenummer must be 4 digits',
          'municipalities[3].name: name must be 1-200 characters without control characters',
          'units[2].serves[0].validFrom: not a date (YYYY-MM-DD)',
          `units[1].serviceType: must be one of ${DEFAULT_SERVICE_TYPES.map((t) => t.code).join(', ')}`,
          'units[0].serves[2]: overlaps units[0].serves[1] for municipality 5029',
          'units[3].hostMunicipality: municipality 5001 is not in municipalities',
          'units[4].serves[0].valdTo: unknown field (misspelt?)',
          'practitioners[0].roles[1]: role must be one of practitioner, leader, intake, caseworker, administrator',
          'practitioners[1].unitId: is not the id of a unit in units',
          'practitioners[2].activeTo: must be after activeFrom',
          "practitioners[4].id: 'demo-barnevern-mottak' is listed twice",
        ].sort(),
      );
    });
  });

  it('refuses something that is not an object, and a wrong version', () => {
    expect(validateOrganisationConfig([])).toEqual({ ok: false, problems: [{ path: '(root)', message: 'must be a JSON object' }] });
    const result = validateOrganisationConfig({ version: 2, municipalities: [], units: [], practitioners: [] });
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'version', message: 'must be 1' }]);
  });

  it('uses the service types of the file when it has its own list', () => {
    const file = clone(demo) as Record<string, any>;
    file.serviceTypes = [{ code: 'barnehage', nameNb: 'Barnehage', nameEn: 'Kindergarten', family: 'education' }];
    const result = validateOrganisationConfig(file);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'units[0].serviceType',
      'units[2].serviceType',
      'units[3].serviceType',
      'units[4].serviceType',
      'units[5].serviceType',
      'units[6].serviceType',
    ]);
  });
});
