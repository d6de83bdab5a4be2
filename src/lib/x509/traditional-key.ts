/**
 * OpenSSL and most CAs hand out keys in their traditional forms, PKCS#1 (BEGIN RSA PRIVATE KEY) and
 * SEC1 (BEGIN EC PRIVATE KEY); WebCrypto reads only PKCS#8. These wrap one in the other with the
 * ASN.1 schemas @peculiar/x509 is built on, rather than with DER bytes laid out by hand.
 */
import { ECParameters, ECPrivateKey, id_ecPublicKey } from '@peculiar/asn1-ecc';
import { PrivateKey, PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { id_rsaEncryption, RSAPrivateKey } from '@peculiar/asn1-rsa';
import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';

const toPkcs8 = (algorithm: AlgorithmIdentifier, key: ArrayBuffer) =>
  new Uint8Array(
    AsnConvert.serialize(
      new PrivateKeyInfo({ privateKeyAlgorithm: algorithm, privateKey: new PrivateKey(key) }),
    ),
  );

/** PKCS#1 RSAPrivateKey -> PKCS#8. Throws when the bytes are not an RSA private key. */
export function pkcs1ToPkcs8(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const key = AsnConvert.parse(der, RSAPrivateKey);
  return toPkcs8(
    new AlgorithmIdentifier({ algorithm: id_rsaEncryption, parameters: null }),
    AsnConvert.serialize(key),
  );
}

/**
 * SEC1 ECPrivateKey -> PKCS#8. The curve comes from the key, or else from `namedCurveOid` (the
 * certificate's). Throws when the bytes are not an EC private key or no curve is known.
 */
export function sec1ToPkcs8(der: Uint8Array<ArrayBuffer>, namedCurveOid?: string): Uint8Array<ArrayBuffer> {
  const key = AsnConvert.parse(der, ECPrivateKey);
  const curve = key.parameters?.namedCurve ?? namedCurveOid;
  if (!curve) throw new Error('The EC private key names no curve.');
  return toPkcs8(
    new AlgorithmIdentifier({
      algorithm: id_ecPublicKey,
      parameters: AsnConvert.serialize(new ECParameters({ namedCurve: curve })),
    }),
    AsnConvert.serialize(key),
  );
}
