import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULES } from './confidentiality-rules';
import { InvalidConfidentialityRulesError, parseConfidentialityRules, validateConfidentialityRules } from './confidentiality-rules.validator';

const withRule = (id: string, change: Record<string, unknown>) => DEFAULT_RULES.map((rule) => (rule.id === id ? { ...rule, ...change } : rule));

describe('the confidentiality rule set (configuration with Norwegian defaults)', () => {
  describe('when it is the default', () => {
    it('is valid', () => {
      expect(validateConfidentialityRules(DEFAULT_RULES)).toEqual([]);
    });
    it('gives every rule a legal source and texts in Norwegian and English', () => {
      for (const rule of DEFAULT_RULES) {
        expect(rule.legalSource.trim()).not.toBe('');
        expect(rule.description.nb.trim()).not.toBe('');
        expect(rule.description.en.trim()).not.toBe('');
      }
    });
    it('is listed, rule by rule with its source, in docs/confidentiality.md for the municipal lawyer', () => {
      const doc = readFileSync(join(__dirname, '../../../../../docs/confidentiality.md'), 'utf8');
      for (const rule of DEFAULT_RULES) {
        const row = doc.split('\n').find((line) => line.startsWith(`| ${rule.id} |`));
        expect(row).toBeDefined();
        expect(row).toContain(rule.legalSource);
      }
    });
  });

  describe('when configuration names an unknown category, family or purpose', () => {
    it('rejects the category', () => {
      expect(validateConfidentialityRules(withRule('R4-health', { categories: ['helse'] }))).toEqual([
        { path: 'confidentialityRules[4].categories[0]', message: "unknown category 'helse'" },
      ]);
    });
    it('rejects the family', () => {
      expect(validateConfidentialityRules(withRule('R6-police', { ownerFamilies: ['politi'] }))).toEqual([
        { path: 'confidentialityRules[6].ownerFamilies[0]', message: "unknown family 'politi'" },
      ]);
    });
    it('rejects the purpose', () => {
      expect(validateConfidentialityRules(withRule('R0-purpose-required', { allowedPurposes: ['curiosity'] }))[0].message).toBe("unknown purpose 'curiosity'");
    });
  });

  describe('when the rule set is malformed', () => {
    it('rejects a missing kind, so no protection can silently disappear', () => {
      const problems = validateConfidentialityRules(DEFAULT_RULES.filter((rule) => rule.kind !== 'child-welfare-case'));
      expect(problems).toContainEqual({ path: 'confidentialityRules', message: "needs exactly one rule of kind 'child-welfare-case', has 0" });
    });
    it('rejects duplicate ids, unknown kinds, unknown fields and empty legal sources', () => {
      const problems = validateConfidentialityRules([
        ...DEFAULT_RULES,
        { ...DEFAULT_RULES[4], legalSource: ' ' },
        { ...DEFAULT_RULES[9], id: 'R11-x', kind: 'share-everything' },
        { ...DEFAULT_RULES[10], id: 'R12-y', kind: 'default-deny', shown: true },
      ]).map((p) => p.message);
      expect(problems).toEqual(
        expect.arrayContaining(["'R4-health' is listed twice", 'must be a non-empty text', expect.stringMatching(/^must be one of/), 'unknown field', "needs exactly one rule of kind 'default-deny', has 2"]),
      );
    });
    it('throws with every problem when parsed', () => {
      expect(() => parseConfidentialityRules('rules')).toThrow(InvalidConfidentialityRulesError);
      expect(parseConfidentialityRules(DEFAULT_RULES)).toBe(DEFAULT_RULES);
    });
  });
});
