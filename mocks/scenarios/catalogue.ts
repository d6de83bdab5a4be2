/**
 * The demo scenarios by name, each with one line of what it shows. Kept apart from scenarios.ts (which
 * mints certificates) so the URL check and Demo settings can name them without loading any X.509 code.
 */
export const SCENARIO_CATALOGUE = [
  { name: 'default', summary: 'Four certificates: one in use, one available, one inactive, one expired.' },
  { name: 'empty', summary: 'No certificates yet: the first visit, with Generate and Upload.' },
  {
    name: 'expired-in-use',
    summary: 'The certificate in use has expired: the banner, and the way out of it.',
  },
  {
    name: 'available-limit',
    summary: 'Ten certificates available, the most allowed: activating another is refused.',
  },
  {
    name: 'generation-limit',
    summary: 'Three generated in the last 24 hours: the next generation waits for the window to pass.',
  },
  { name: 'many', summary: '2,000 certificates: filtering, sorting and paging at scale.' },
  { name: 'slow', summary: 'The default data, with every answer taking 3 seconds.' },
  { name: 'flaky', summary: 'The default data, where every first attempt of a change fails.' },
] as const;

export type CatalogueName = (typeof SCENARIO_CATALOGUE)[number]['name'];

export const isCatalogueName = (value: string): value is CatalogueName =>
  SCENARIO_CATALOGUE.some((scenario) => scenario.name === value);
