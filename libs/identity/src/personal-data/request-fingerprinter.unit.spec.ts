import { NationalIdHasher, RequestFingerprinter } from './lookup-hash';
import { SecretKey } from './secret-key';

describe('the request fingerprint kept with an Idempotency-Key', () => {
  const key = SecretKey.generate();
  const body = JSON.stringify(['/api/v1/children/search', { nationalId: '01010112345' }]);

  it('is stable for the same request and differs for another', () => {
    const fingerprinter = new RequestFingerprinter(key);
    expect(fingerprinter.fingerprint(body)).toBe(fingerprinter.fingerprint(body));
    expect(fingerprinter.fingerprint(body)).not.toBe(fingerprinter.fingerprint(`${body} `));
  });

  it('cannot be recomputed without the key, and never equals a look-up hash', () => {
    expect(new RequestFingerprinter(SecretKey.generate()).fingerprint(body)).not.toBe(new RequestFingerprinter(key).fingerprint(body));
    expect(new RequestFingerprinter(key).fingerprint('01010112345')).not.toBe(new NationalIdHasher(key).hash('01010112345'));
  });
});
