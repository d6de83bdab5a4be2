/**
 * @peculiar/x509 checks for the Reflect metadata polyfill as it loads. Importing both through this
 * module keeps them in one lazily loaded chunk, polyfill first: imported separately, the bundler may put
 * the library in a shared chunk that runs before the polyfill does.
 */
import 'reflect-metadata';

export * from '@peculiar/x509';
