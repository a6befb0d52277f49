import type { FindChildrenHandler, IndexedChild } from '@stafett/organisation';
import { CHILD, NO_RELATION, NOW, OWNER, principalOf, relationsBy } from '../../testing/relation-fixtures';
import { FindRelatedChildrenHandler } from './find-related-children.handler';
import { FindRelatedChildrenQuery } from './find-related-children.query';

const found = { childId: CHILD } as IndexedChild;
const index = { execute: async () => [found] } as unknown as FindChildrenHandler;
const relations = relationsBy({ 'skole-a': OWNER, 'nav-c': { ...NO_RELATION, namedByConsent: true } });
const handler = new FindRelatedChildrenHandler(index, relations, { now: () => NOW });

describe('finding children by national id', () => {
  it('finds a child the caller’s unit may read the registration of', async () => {
    expect(await handler.execute(new FindRelatedChildrenQuery('12345678901', { principal: principalOf('laerer-1', 'skole-a', 'skole') }))).toEqual([found]);
  });

  it('leaves out a child the caller has no such relation to, as if it were not registered', async () => {
    expect(await handler.execute(new FindRelatedChildrenQuery('12345678901', { principal: principalOf('veileder-1', 'nav-c', 'nav') }))).toEqual([]);
    expect(await handler.execute(new FindRelatedChildrenQuery('12345678901', { principal: principalOf('x', 'unknown-unit', 'skole') }))).toEqual([]);
  });
});
