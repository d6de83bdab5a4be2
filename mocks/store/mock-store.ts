import { newGatewayCertificate } from '../certificates/new-certificate';
import { type BuildOrPrepare, isPrepared, type PreparedScenario } from '../scenarios/prebuilt';
import {
  buildScenario,
  isScenarioName,
  SCENARIOS,
  type Scenario,
  type ScenarioName,
} from '../scenarios/scenarios';
import { type ApiCertificate, apiCertificate } from './api-view';
import { badRequest, conflict, notFound, tooManyRequests } from './mock-api-error';
import { type MockDb, type Persistence, parseDb } from './persistence';
import type { AccountBehaviour, AccountState, BindingStatus, StoredCertificate } from './types';
import { NIL_UUID, NOT_APPLICABLE } from './types';

export const DEFAULT_VALIDITY_DAYS = 1825;
export const MAX_VALIDITY_DAYS = 10950;
export const GENERATIONS_PER_DAY = 3;
export const MAX_AVAILABLE = 10;
export const MAX_CUSTOM = 5;
export const DEFAULT_PENDING_MS = 4000;

const DAY_MS = 86_400_000;
/**
 * A built account of fewer certificates than this is written at once, as a change is: it costs next to
 * nothing, and another tab opened straight after finds it. Larger ones wait for writeLater.
 */
export const WRITE_LATER_FROM = 100;
const ACCOUNT_ID = /^[0-9a-f]{32}$/i;
const NORMAL: AccountBehaviour = { latencyMs: 0, flaky: false };

export type StoreOptions = {
  persistence: Persistence;
  /**
   * The mock's clock; tests move it to end pending states without waiting. Each account's clock runs
   * ahead of it by that account's offset (Demo settings: Advance 30 days…), kept with its data.
   */
  now?: () => number;
  /** How long pending_deployment and pending_deletion last. */
  pendingMs?: number;
  /** Told when stored data could not be read and was reset. */
  onReset?: (problem: string) => void;
  /**
   * Runs a write of a large built account (a scenario such as `many`) later, when the page has time:
   * 2,000 certificates are 3 MB to serialise and store, and a first visit's rows must not wait for that.
   * Without it, built data is written at once, as every change is.
   */
  writeLater?: (write: () => void) => void;
  /**
   * Builds a scenario's data: mints it (the default), or prepares the copy the server prebuilt, whose
   * first list answer is sent as it arrives and whose account is read once the page has time.
   */
  buildScenario?: BuildOrPrepare;
};

export type { ApiCertificate };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const STATUS_WORDS: Record<BindingStatus, string> = {
  inactive: 'inactive',
  pending_deployment: 'still being deployed',
  available: 'available',
  pending_deletion: 'still being deactivated',
};

/**
 * The simulated Cloudflare account store: the only place that knows the certificate state machine
 * and its limits (the rules of docs/contract.md). Pending states end by timestamps, so no timer outlives a test.
 */
export class MockStore {
  private db: MockDb;
  private readonly now: () => number;
  private readonly pendingMs: number;
  private readonly build: BuildOrPrepare;
  private readonly seeding = new Map<string, Promise<AccountState>>();
  /** Set when another tab wrote the persisted data: it is read again before the next operation. */
  private stale = false;
  /** Accounts built here (seeded, or a scenario) whose write is still to come (see writeLater). */
  private readonly unwritten = new Set<string>();
  /**
   * Prebuilt scenarios applied and not read yet, by account: their first list answer goes out as it
   * arrives; anything else the account is asked first reads them (see takeFirstList).
   */
  private readonly arriving = new Map<string, { prepared: PreparedScenario; firstListTaken: boolean }>();
  private readonly installing = new Map<string, Promise<void>>();

  constructor(private readonly options: StoreOptions) {
    this.now = options.now ?? Date.now;
    this.pendingMs = options.pendingMs ?? DEFAULT_PENDING_MS;
    this.build = options.buildScenario ?? buildScenario;
    this.db = this.read();
  }

  private read(): MockDb {
    const { db, problem } = parseDb(this.options.persistence.load());
    if (problem) {
      console.warn(`Mock data was reset: ${problem}.`);
      this.options.onReset?.(problem);
      this.options.persistence.save(JSON.stringify(db));
    }
    return db;
  }

  private save() {
    this.unwritten.clear();
    this.options.persistence.save(JSON.stringify(this.db));
  }

  /** Saves an account this store built, now or (with writeLater) once the page has time. */
  private saveBuilt(accountId: string) {
    const { writeLater } = this.options;
    const size = this.db.accounts[accountId]?.certificates.length ?? 0;
    if (!writeLater || size < WRITE_LATER_FROM) return this.save();
    const scheduled = this.unwritten.size > 0;
    this.unwritten.add(accountId);
    if (!scheduled) writeLater(() => this.flush());
  }

  /** Writes what is still waiting to be written (the page is going away, or has time now). */
  flush() {
    for (const [accountId, { prepared }] of this.arriving) {
      const scenario = prepared.scenarioNow();
      // Bytes still on their way as the page goes (before its rows could show): the scenario is not
      // stored, and the account keeps what it had.
      if (scenario) this.install(accountId, scenario, true);
    }
    if (this.unwritten.size === 0) return;
    this.fresh();
    this.save();
  }

  /**
   * Says the persisted data changed elsewhere (another tab over the same browser storage), so the
   * next operation reads it again instead of overwriting it with this instance's older copy.
   */
  markStale() {
    this.stale = true;
  }

  private fresh() {
    if (!this.stale) return;
    this.stale = false;
    const mine = this.db;
    this.db = this.read();
    // An account built here and not written yet is this tab's, whatever the other tab wrote.
    for (const accountId of this.unwritten) {
      const state = mine.accounts[accountId];
      if (state) this.db.accounts[accountId] = state;
      const behaviour = mine.behaviours[accountId];
      if (behaviour) this.db.behaviours[accountId] = behaviour;
    }
  }

  private iso(ms: number) {
    return new Date(ms).toISOString();
  }

  /** The account's time: the store's clock plus how far the demo moved this account's clock. */
  clock(accountId: string): number {
    this.fresh();
    return this.now() + (this.db.clocks[accountId] ?? 0);
  }

  /** How far this account's clock runs ahead of the store's, in ms (0: real time). */
  clockOffset(accountId: string): number {
    this.fresh();
    return this.db.clocks[accountId] ?? 0;
  }

  /**
   * Moves one account's clock to `offsetMs` ahead of the store's. Whatever was due by the old time ends
   * first; moving back, what happened "later" is brought back to the new now, so nothing stays Pending,
   * or counts against the generation limit, for the time it was moved back by.
   */
  async setClockOffset(accountId: string, offsetMs: number): Promise<number> {
    if (!Number.isFinite(offsetMs) || offsetMs < 0) {
      throw badRequest('The clock can only be moved ahead of real time, by a number of milliseconds.');
    }
    const account = await this.account(accountId);
    if (offsetMs === 0) delete this.db.clocks[accountId];
    else this.db.clocks[accountId] = offsetMs;
    const now = this.clock(accountId);
    const nowIso = this.iso(now);
    for (const certificate of account.certificates) {
      if (Date.parse(certificate.status_changed_at) > now) certificate.status_changed_at = nowIso;
    }
    account.generatedAt = account.generatedAt.map((at) => (Date.parse(at) > now ? nowIso : at));
    this.save();
    return now;
  }

  /**
   * Seeds an account now, if it has no data yet, instead of on its first request: the demo does this
   * while its service worker starts. An id that is not an account's is left for the request to refuse.
   */
  async prepareAccount(accountId: string): Promise<void> {
    // A prebuilt scenario on its way is read once the page has time, not before the first answer.
    if (ACCOUNT_ID.test(accountId) && !this.arriving.has(accountId)) await this.account(accountId);
  }

  /**
   * The first list answer of a prebuilt scenario just applied to this account, once, while nothing else
   * has asked for the account: the copy's bytes as they arrive, exactly what the list would say.
   */
  takeFirstList(accountId: string): Response | null {
    const arriving = this.arriving.get(accountId);
    if (!arriving || arriving.firstListTaken) return null;
    arriving.firstListTaken = true;
    // The account is read from the same bytes as they go out.
    arriving.prepared.startReading();
    return arriving.prepared.firstList;
  }

  /**
   * Makes a built scenario this account's data, to be written (large ones later). A prebuilt one keeps
   * the behaviour set when it was applied, and anything set since (`?latency=`).
   */
  private install(accountId: string, { state, behaviour }: Scenario, arrived = false) {
    this.dropArriving(accountId);
    this.fresh();
    this.db.accounts[accountId] = state;
    if (arrived) this.db.behaviours[accountId] ??= behaviour;
    else this.db.behaviours[accountId] = behaviour;
    this.saveBuilt(accountId);
  }

  /** Forgets a prebuilt scenario on its way; its first answer, if nobody took it, is let go. */
  private dropArriving(accountId: string) {
    const arriving = this.arriving.get(accountId);
    if (!arriving) return;
    this.arriving.delete(accountId);
    if (!arriving.firstListTaken) arriving.prepared.drop();
  }

  /** Reads a prebuilt scenario on its way into the account (minted in the page if its copy is unusable). */
  private settleArriving(accountId: string): Promise<void> {
    const arriving = this.arriving.get(accountId);
    if (!arriving) return Promise.resolve();
    let installing = this.installing.get(accountId);
    if (!installing) {
      const { prepared } = arriving;
      installing = prepared
        .scenario()
        .then((scenario) => {
          if (this.arriving.get(accountId) === arriving) this.install(accountId, scenario, true);
        })
        .finally(() => this.installing.delete(accountId));
      this.installing.set(accountId, installing);
    }
    return installing;
  }

  /** A built scenario as data: a prepared copy is read first. */
  private async built(name: ScenarioName, now: number): Promise<Scenario> {
    const built = await this.build(name, now);
    return isPrepared(built) ? built.scenario() : built;
  }

  /** The account's data, seeded with the `default` scenario the first time an account is used. */
  private async account(accountId: string): Promise<AccountState> {
    if (!ACCOUNT_ID.test(accountId)) {
      throw notFound(`Account ${accountId} was not found: an account id is 32 hexadecimal characters.`);
    }
    if (this.arriving.has(accountId)) await this.settleArriving(accountId);
    this.fresh();
    const existing = this.db.accounts[accountId];
    if (existing) return this.settle(accountId, existing);
    let seeding = this.seeding.get(accountId);
    if (!seeding) {
      seeding = this.built('default', this.clock(accountId)).then(({ state }) => {
        this.db.accounts[accountId] ??= state;
        this.saveBuilt(accountId);
        return this.db.accounts[accountId];
      });
      this.seeding.set(accountId, seeding);
      seeding.finally(() => this.seeding.delete(accountId));
    }
    return seeding;
  }

  /** Ends every pending state whose time is up, as the edge would have by now. */
  private settle(accountId: string, account: AccountState): AccountState {
    const now = this.clock(accountId);
    const pendingMs = this.pendingDuration(accountId);
    let changed = false;
    for (const certificate of account.certificates) {
      const pending = certificate.binding_status;
      if (pending !== 'pending_deployment' && pending !== 'pending_deletion') continue;
      const endsAt = Date.parse(certificate.status_changed_at) + pendingMs;
      if (endsAt > now) continue;
      certificate.binding_status = pending === 'pending_deployment' ? 'available' : 'inactive';
      certificate.status_changed_at = this.iso(endsAt);
      certificate.updated_at = this.iso(endsAt);
      changed = true;
    }
    if (changed) this.save();
    return account;
  }

  private find(account: AccountState, id: string): StoredCertificate {
    const certificate = account.certificates.find((candidate) => candidate.id === id);
    if (!certificate) throw notFound(`Certificate ${id} was not found in this account.`);
    return certificate;
  }

  private show(account: AccountState, certificate: StoredCertificate): ApiCertificate {
    return apiCertificate(account, certificate);
  }

  private transition(accountId: string, certificate: StoredCertificate, status: BindingStatus) {
    certificate.binding_status = status;
    certificate.status_changed_at = this.iso(this.clock(accountId));
    certificate.updated_at = certificate.status_changed_at;
    this.save();
  }

  behaviour(accountId: string): AccountBehaviour {
    this.fresh();
    return this.db.behaviours[accountId] ?? NORMAL;
  }

  /** How long this account's pending states last, in ms. */
  pendingDuration(accountId: string): number {
    return this.behaviour(accountId).pendingMs ?? this.pendingMs;
  }

  setBehaviour(accountId: string, behaviour: Partial<AccountBehaviour>) {
    this.db.behaviours[accountId] = { ...this.behaviour(accountId), ...behaviour };
    this.save();
  }

  async listCertificates(accountId: string): Promise<ApiCertificate[]> {
    const account = await this.account(accountId);
    return account.certificates.map((certificate) => this.show(account, certificate));
  }

  async getCertificate(accountId: string, id: string): Promise<ApiCertificate> {
    const account = await this.account(accountId);
    return this.show(account, this.find(account, id));
  }

  /** When the next generation is allowed, or null when one is allowed now. */
  private nextGenerationAt(account: AccountState, now: number): number | null {
    const windowStart = now - DAY_MS;
    const recent = account.generatedAt.map(Date.parse).filter((at) => at > windowStart);
    if (recent.length < GENERATIONS_PER_DAY) return null;
    return Math.min(...recent) + DAY_MS;
  }

  async generateCertificate(accountId: string, body: unknown): Promise<ApiCertificate> {
    const account = await this.account(accountId);
    const days = readValidityDays(body);
    const now = this.clock(accountId);
    const nextAt = this.nextGenerationAt(account, now);
    if (nextAt !== null) {
      throw tooManyRequests(
        `This account has generated ${GENERATIONS_PER_DAY} certificates in the last 24 hours, the most allowed. ` +
          `The next one can be generated after ${this.iso(nextAt)}.`,
      );
    }
    // Count the generation before minting, so two requests at once cannot both slip under the limit.
    const generatedAt = this.iso(now);
    account.generatedAt = [...account.generatedAt.filter((at) => Date.parse(at) > now - DAY_MS), generatedAt];
    this.save();
    const certificate = await newGatewayCertificate({ createdAt: new Date(now), validityDays: days });
    // Minting takes a moment, in which another tab may have written: add to the data as it is now.
    const current = await this.account(accountId);
    current.certificates.push(certificate);
    this.save();
    return this.show(current, certificate);
  }

  async activateCertificate(accountId: string, id: string): Promise<ApiCertificate> {
    const account = await this.account(accountId);
    const certificate = this.find(account, id);
    if (certificate.binding_status !== 'inactive') {
      throw conflict(
        `Certificate ${id} is ${STATUS_WORDS[certificate.binding_status]}: only an inactive certificate can be activated.`,
      );
    }
    const deployed = account.certificates.filter(
      (candidate) =>
        candidate.binding_status === 'available' || candidate.binding_status === 'pending_deployment',
    ).length;
    if (deployed >= MAX_AVAILABLE) {
      throw conflict(
        `At most ${MAX_AVAILABLE} certificates can be available at once, and this account has ${deployed}. ` +
          'Deactivate one that is not in use before activating another.',
      );
    }
    this.transition(accountId, certificate, 'pending_deployment');
    return this.show(account, certificate);
  }

  async deactivateCertificate(accountId: string, id: string): Promise<ApiCertificate> {
    const account = await this.account(accountId);
    const certificate = this.find(account, id);
    if (certificate.id === account.inUseId) {
      throw conflict(
        `Certificate ${id} is in use for inspection and cannot be deactivated. Turn on another certificate first.`,
      );
    }
    if (certificate.binding_status !== 'available') {
      throw conflict(
        `Certificate ${id} is ${STATUS_WORDS[certificate.binding_status]}: only an available certificate can be deactivated.`,
      );
    }
    this.transition(accountId, certificate, 'pending_deletion');
    return this.show(account, certificate);
  }

  async deleteCertificate(accountId: string, id: string): Promise<ApiCertificate> {
    const account = await this.account(accountId);
    const certificate = this.find(account, id);
    if (certificate.id === account.inUseId) {
      throw conflict(
        `Certificate ${id} is in use for inspection and cannot be deleted. Turn on another certificate first.`,
      );
    }
    if (certificate.binding_status !== 'inactive') {
      throw conflict(
        `Certificate ${id} is ${STATUS_WORDS[certificate.binding_status]}: deactivate it before deleting it.`,
      );
    }
    account.certificates = account.certificates.filter((candidate) => candidate !== certificate);
    this.save();
    return this.show(account, certificate);
  }

  async getConfiguration(accountId: string) {
    const account = await this.account(accountId);
    return this.configuration(account);
  }

  private configuration(account: AccountState) {
    return {
      settings: { ...account.settings, certificate: { id: account.inUseId } },
      created_at: account.configUpdatedAt,
      updated_at: account.configUpdatedAt,
    };
  }

  /** PUT replaces the settings (no certificate means Cloudflare's root); PATCH changes only what it names. */
  async updateConfiguration(accountId: string, body: unknown, mode: 'replace' | 'merge') {
    const account = await this.account(accountId);
    if (!isRecord(body) || !isRecord(body.settings)) {
      throw badRequest('The request body must be a JSON object with a "settings" object.');
    }
    const { certificate: requested, ...otherSettings } = body.settings;
    let inUseId = mode === 'replace' ? NIL_UUID : account.inUseId;
    if (requested !== undefined) inUseId = this.certificateToUse(account, requested);
    account.settings = mode === 'replace' ? otherSettings : { ...account.settings, ...otherSettings };
    account.inUseId = inUseId;
    account.configUpdatedAt = this.iso(this.clock(accountId));
    this.save();
    return this.configuration(account);
  }

  private certificateToUse(account: AccountState, requested: unknown): string {
    if (!isRecord(requested) || typeof requested.id !== 'string') {
      throw badRequest('settings.certificate must be an object with a string "id".');
    }
    if (requested.in_use !== undefined && typeof requested.in_use !== 'boolean') {
      throw badRequest('settings.certificate.in_use must be true or false.');
    }
    const { id } = requested;
    if (requested.in_use === false) return id === account.inUseId ? NIL_UUID : account.inUseId;
    if (id === NIL_UUID) return NIL_UUID;
    const certificate = account.certificates.find((candidate) => candidate.id === id);
    if (!certificate)
      throw badRequest(`Certificate ${id} was not found in this account, so it cannot be turned on.`);
    if (certificate.binding_status !== 'available') {
      throw conflict(
        `Certificate ${id} is ${STATUS_WORDS[certificate.binding_status]}: only an available certificate can be turned on. Activate it and wait until it is available.`,
      );
    }
    return id;
  }

  async uploadCustomCertificate(accountId: string, body: unknown) {
    const account = await this.account(accountId);
    const upload = readUpload(body);
    const customCount = account.certificates.filter((certificate) => certificate.type === 'custom').length;
    if (customCount >= MAX_CUSTOM) {
      throw conflict(
        `This account already has ${MAX_CUSTOM} custom certificates, the most allowed. Delete one before uploading another.`,
      );
    }
    // The X.509 library is loaded with the first upload, never on a first visit to the list.
    const { checkCaUpload } = await import('../../src/lib/x509/check-ca-upload');
    const checked = await checkCaUpload(
      { certificate: upload.certificates, privateKey: upload.private_key },
      new Date(this.clock(accountId)),
    );
    if (!checked.ok) throw badRequest(checked.message);
    const current = await this.account(accountId);
    const now = this.iso(this.clock(accountId));
    const certificate: StoredCertificate = {
      id: crypto.randomUUID(),
      type: 'custom',
      name: upload.name,
      binding_status: 'inactive',
      status_changed_at: now,
      certificate: checked.pem,
      fingerprint: checked.fingerprint,
      issuer_org: checked.issuerOrg,
      issuer_raw: checked.certificate.issuer,
      created_at: now,
      updated_at: now,
      uploaded_on: now,
      expires_on: checked.certificate.notAfter.toISOString(),
    };
    current.certificates.push(certificate);
    this.save();
    return mtlsView(
      certificate,
      checked.certificate.serialNumber,
      checked.certificate.signatureAlgorithm.name,
    );
  }

  async deleteCustomCertificate(accountId: string, id: string) {
    const account = await this.account(accountId);
    const certificate = account.certificates.find(
      (candidate) => candidate.id === id && candidate.type === 'custom',
    );
    if (!certificate) throw notFound(`Custom certificate ${id} was not found in this account.`);
    const deleted = await this.deleteCertificate(accountId, id);
    return mtlsView({ ...deleted, status_changed_at: deleted.updated_at }, '', '');
  }

  /** Replaces one account's data with a named demo scenario. */
  async applyScenario(accountId: string, name: string): Promise<void> {
    if (!ACCOUNT_ID.test(accountId)) throw notFound(`Account ${accountId} was not found.`);
    if (!isScenarioName(name)) {
      throw badRequest(`There is no scenario "${name}". Scenarios: ${SCENARIOS.join(', ')}.`);
    }
    // Built as of the account's clock: a scenario keeps the time the demo moved to.
    const built = await this.build(name satisfies ScenarioName, this.clock(accountId));
    if (!isPrepared(built)) return this.install(accountId, built);
    // A prebuilt copy: its first list answer goes out as it arrives; the account is read when the page
    // has time, or as soon as anything else asks for it.
    this.dropArriving(accountId);
    this.arriving.set(accountId, { prepared: built, firstListTaken: false });
    this.db.behaviours[accountId] = built.behaviour;
    const { writeLater } = this.options;
    if (writeLater) {
      writeLater(() => {
        this.settleArriving(accountId).then(
          () => this.flush(),
          () => undefined,
        );
      });
    }
  }
}

function readValidityDays(body: unknown): number {
  if (body === undefined || body === null) return DEFAULT_VALIDITY_DAYS;
  if (!isRecord(body)) throw badRequest('The request body must be a JSON object.');
  const days = body.validity_period_days;
  if (days === undefined) return DEFAULT_VALIDITY_DAYS;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_VALIDITY_DAYS) {
    throw badRequest(
      `validity_period_days must be a whole number from 1 to ${MAX_VALIDITY_DAYS} (30 years).`,
    );
  }
  return days;
}

type UploadBody = { name: string; certificates: string; private_key: string };

function readUpload(body: unknown): UploadBody {
  if (!isRecord(body)) throw badRequest('The request body must be a JSON object.');
  const { name, certificates, private_key, ca } = body;
  if (typeof name !== 'string' || name.trim() === '') throw badRequest('"name" must be a non-empty string.');
  if (name.length > 255) throw badRequest('"name" must be at most 255 characters.');
  if (typeof certificates !== 'string' || certificates.trim() === '') {
    throw badRequest('"certificates" must be the CA certificate in PEM.');
  }
  if (typeof private_key !== 'string' || private_key.trim() === '') {
    throw badRequest('"private_key" must be the private key in PEM.');
  }
  if (ca !== true) throw badRequest('"ca" must be true: Gateway signs with a CA certificate.');
  return { name: name.trim(), certificates, private_key };
}

/** The mTLS certificates endpoint's view of a custom CA. */
function mtlsView(certificate: StoredCertificate, serialNumber: string, signature: string) {
  return {
    id: certificate.id,
    name: certificate.name ?? '',
    issuer: certificate.issuer_raw,
    signature,
    serial_number: serialNumber,
    certificates: certificate.certificate,
    ca: true,
    uploaded_on:
      certificate.uploaded_on === NOT_APPLICABLE ? certificate.created_at : certificate.uploaded_on,
    updated_at: certificate.updated_at,
    expires_on: certificate.expires_on,
  };
}
