import { makeNationalId } from '../../libs/identity/src/national-id';
import { findLeaks } from './log-capture';

describe('the log leak check used at the end of every test run', () => {
  const id = makeNationalId({ birthDate: '2015-03-14', individualNumber: 512, synthetic: true })!;

  it('finds a valid national id anywhere in the log', () => {
    expect(findLeaks(`{"msg":"lookup ${id} done"}`, []).leaks).toHaveLength(1);
  });

  it('ignores eleven digits that are not a national id, and longer numbers', () => {
    const notId = `${id.slice(0, 10)}${(Number(id[10]) + 1) % 10}`;
    expect(findLeaks(`position ${notId} and ${id}9`, []).leaks).toEqual([]);
  });

  it('finds a registered name, also with its spaces removed', () => {
    expect(findLeaks('hello Kari Nordmann', ['Kari Nordmann']).leaks).toHaveLength(1);
    expect(findLeaks('hello KariNordmann', ['Kari Nordmann']).leaks).toHaveLength(1);
    expect(findLeaks('hello Kari', ['Kari Nordmann']).leaks).toEqual([]);
  });
});
