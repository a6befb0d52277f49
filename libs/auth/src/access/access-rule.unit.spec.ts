import { Reflector } from '@nestjs/core';
import { accessRuleFor } from './access-rule';
import { ActsForMunicipality } from './acts-for-municipality.decorator';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

@Roles('leader')
class LeadersByDefault {
  inherits(): void {}
  @Roles('intake', 'caseworker')
  overrides(): void {}
  @Public()
  opensUp(): void {}
  @Roles('practitioner')
  @ActsForMunicipality()
  forMunicipality(): void {}
}

class NothingDeclared {
  forgotten(): void {}
  @Public()
  @Roles('leader')
  contradictory(): void {}
  @Public()
  @ActsForMunicipality()
  publicButScoped(): void {}
}

const reflector = new Reflector();
const ruleOf = (controller: { prototype: object }, method: string) =>
  accessRuleFor(reflector, (controller.prototype as Record<string, () => void>)[method]!, controller as never);

describe('accessRuleFor', () => {
  describe('when the controller states roles', () => {
    it('applies them to routes that state nothing', () => {
      expect(ruleOf(LeadersByDefault, 'inherits')).toEqual({ kind: 'roles', roles: ['leader'], municipalityParam: undefined });
    });
    it("lets a route's own decorator replace them", () => {
      expect(ruleOf(LeadersByDefault, 'overrides')).toMatchObject({ roles: ['intake', 'caseworker'] });
      expect(ruleOf(LeadersByDefault, 'opensUp')).toEqual({ kind: 'public' });
    });
    it('carries the municipality parameter', () => {
      expect(ruleOf(LeadersByDefault, 'forMunicipality')).toMatchObject({ municipalityParam: 'kommunenummer' });
    });
  });

  describe('when the decorators are missing or contradict each other', () => {
    it.each(['forgotten', 'contradictory', 'publicButScoped'])('reports %s as misconfigured', (method) => {
      expect(ruleOf(NothingDeclared, method)).toMatchObject({ kind: 'misconfigured' });
    });
  });
});
