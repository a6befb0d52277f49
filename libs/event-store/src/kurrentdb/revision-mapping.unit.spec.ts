import { ANY, NO_STREAM, START, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import {
  exactStreamState,
  readRevisionFor,
  revisionFromVersion,
  toStreamState,
  versionFromRevision,
  versionFromStreamState,
} from './revision-mapping';

describe('revision mapping', () => {
  describe('when converting between versions and revisions', () => {
    it('counts versions from 1 and revisions from 0', () => {
      expect(versionFromRevision(0n)).toBe(1n);
      expect(revisionFromVersion(1n)).toBe(0n);
      expect(revisionFromVersion(versionFromRevision(41n))).toBe(41n);
    });
  });

  describe('when mapping an expected version to a stream state', () => {
    it('maps the named states to the client constants', () => {
      expect(toStreamState('no_stream')).toBe(NO_STREAM);
      expect(toStreamState('exists')).toBe(STREAM_EXISTS);
      expect(toStreamState('any')).toBe(ANY);
    });

    it('maps version n to revision n - 1', () => {
      expect(toStreamState(1n)).toBe(0n);
      expect(toStreamState(5n)).toBe(4n);
    });
  });

  describe('when pinning a write to the version just read', () => {
    it('expects no stream when the stream has no events', () => {
      expect(exactStreamState(undefined)).toBe(NO_STREAM);
    });

    it('expects the revision of the last event otherwise', () => {
      expect(exactStreamState(3n)).toBe(2n);
    });
  });

  describe('when a conflict reports the current stream state', () => {
    it('reports no version for a stream that does not exist', () => {
      expect(versionFromStreamState(NO_STREAM)).toBeUndefined();
      expect(versionFromStreamState(undefined)).toBeUndefined();
      expect(versionFromStreamState(-1n)).toBeUndefined();
    });

    it('reports revision r as version r + 1', () => {
      expect(versionFromStreamState(0n)).toBe(1n);
      expect(versionFromStreamState(3n)).toBe(4n);
    });
  });

  describe('when reading a stream from a version', () => {
    it('starts at the first event for version 1, nothing, or less', () => {
      expect(readRevisionFor(undefined)).toBe(START);
      expect(readRevisionFor(1n)).toBe(START);
      expect(readRevisionFor(0n)).toBe(START);
    });

    it('starts at revision n - 1 for version n', () => {
      expect(readRevisionFor(3n)).toBe(2n);
    });
  });
});
