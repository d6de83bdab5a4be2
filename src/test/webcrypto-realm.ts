/**
 * Under jsdom, typed arrays can come from the DOM's realm, and Node's WebCrypto refuses them
 * ("not instance of ArrayBuffer"). Copying such inputs into this realm lets component tests mint and
 * check real certificates exactly as the browser does.
 */
const toLocalBytes = (data: unknown): unknown => {
  // Buffer is always Node's own, whatever realm the global ArrayBuffer belongs to.
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (Object.prototype.toString.call(data) === '[object ArrayBuffer]')
    return Buffer.from(data as ArrayBuffer);
  return data;
};

export function shareWebCryptoAcrossRealms() {
  const subtle = globalThis.crypto.subtle;
  const digest = subtle.digest.bind(subtle);
  const sign = subtle.sign.bind(subtle);
  const verify = subtle.verify.bind(subtle);
  const importKey = subtle.importKey.bind(subtle);
  Object.assign(subtle, {
    digest: (algorithm: AlgorithmIdentifier, data: BufferSource) =>
      digest(algorithm, toLocalBytes(data) as BufferSource),
    sign: (algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource) =>
      sign(algorithm, key, toLocalBytes(data) as BufferSource),
    verify: (algorithm: AlgorithmIdentifier, key: CryptoKey, signature: BufferSource, data: BufferSource) =>
      verify(algorithm, key, toLocalBytes(signature) as BufferSource, toLocalBytes(data) as BufferSource),
    importKey: (format: KeyFormat, keyData: BufferSource | JsonWebKey, ...rest: unknown[]) =>
      (importKey as (...args: unknown[]) => Promise<CryptoKey>)(
        format,
        format === 'jwk' ? keyData : toLocalBytes(keyData),
        ...rest,
      ),
  });
}
