import { generateKeys, mintRootCa } from '../mocks/certificates/mint';
const keys = await generateKeys();
await mintRootCa({ notBefore: new Date(), validityDays: 365, keys });
for (let k = 0; k < 3; k++) {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 2000 }, (_, i) => mintRootCa({ notBefore: new Date(Date.now() - i * 1e7), validityDays: 365, keys })));
  console.log(Math.round(performance.now() - t0));
}
