import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { stableId } from '../../../seeds/random.js';
import { AuditEvent } from '../../../src/core/audit/audit.entities.js';
import type { Role } from '../../../src/core/auth/principal.js';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { errorCodes, problemPaths, startTestHub, testToday, type GraphQLResponse, type TestHub } from '../../support/test-hub.js';
import { cisEnrolment, cisFacility, personInput } from '../../support/integration-factories.js';
import { makeOrganisation } from '../../support/registry-factories.js';
import { District, WelfareUnit } from '../../../src/modules/registry/index.js';
import { Participation } from '../../../src/modules/integration/index.js';

const today = testToday('2026-11-24');

let t: TestHub;
let federation: TestFederation;
let cis: { id: string; operatorId: string };
let home: { id: string; operatorId: string };
let pesels: string[];

/** An NGO of the demo city that runs neither the CIS nor the children's home. */
const strangerNgo = () => [1, 2, 3].map((i) => stableId(`org:ngo:${i}`)).find((id) => id !== cis.operatorId && id !== home.operatorId)!;

/** Every role, and NGO staff of each organisation that matters here: the operators and one that operates neither. */
const callers = (): [string, Role, string | null][] => [
  ['ADMIN', 'ADMIN', null],
  ['MOPS_WORKER', 'MOPS_WORKER', DEMO_ORGANISATIONS.mops],
  ['NGO_STAFF of the CIS', 'NGO_STAFF', cis.operatorId],
  ['NGO_STAFF of the children\u2019s home', 'NGO_STAFF', home.operatorId],
  ['NGO_STAFF of another organisation', 'NGO_STAFF', strangerNgo()],
  ['LABOUR_OFFICE', 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice],
  ['ANALYST', 'ANALYST', null],
  ['PUBLIC', 'PUBLIC', null],
];

const FACILITY_PICTURE = `query FacilityPicture($id: ID!) {
  facility(id: $id) {
    id name type status
    operator { id name }
    district { name }
    compliance { status overdue standard { code title } }
    participants { id startDate status eligibilityCategory person { firstName lastName peselMasked pesel birthYear } facility { name } }
    placements { id startDate overdue court { reference } child { firstName lastName birthYear pesel } carer { kind name district { name } } }
  }
}`;
const CAPACITY = `query Capacity { capacityOverview(groupBy: [TYPE, DISTRICT]) { type district { name } facilities declaredCapacity occupiedPlaces freePlaces } }`;
const CROSS_CHECK = `query CrossCheck($pesels: [String!]!) {
  crossCheckPersons(pesels: $pesels, purpose: ALLOWANCE_REFUND) { index status participation { programme facilityId facilityName startDate plannedEndDate endDate } }
}`;
const PLACEMENTS = `query Placements { placements(first: 10) { totalCount nodes { id child { firstName pesel } carer { name facility { name operator { name } } } } } }`;

/** What a client sees of a response: its data, and each error by where it struck and its code. */
function seen(response: GraphQLResponse) {
  const errors = (response.errors ?? []).map((e) => `${(e.path ?? []).join('.')} ${e.extensions?.code}`).sort();
  return { data: response.data ?? null, errors };
}

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const em = t.em();
  const [c] = await em.execute(`select f.id, f.operator_id from facility f join participation pa on pa.facility_id = f.id
      where f.type = 'SOCIAL_INTEGRATION_CENTRE' and pa.end_date is null group by f.id order by count(*) desc, f.id limit 1`);
  const [h] = await em.execute(`select f.id, f.operator_id from facility f join carer c on c.facility_id = f.id join placement pl on pl.carer_id = c.id
      where pl.end_date is null group by f.id order by count(*) desc, f.id limit 1`);
  cis = { id: c!.id, operatorId: c!.operator_id };
  home = { id: h!.id, operatorId: h!.operator_id };
  const participants = await t.as('ADMIN').query(`query($id: ID!) { facility(id: $id) { participants { person { pesel } } } }`, { id: cis.id });
  pesels = [...participants.data.facility.participants.slice(0, 5).map((p: { person: { pesel: string } }) => p.person.pesel), '44051401458', '12345678901'];
  federation = await startTestFederation(t);
});
afterAll(async () => {
  await federation?.stop();
  await t?.close();
});

describe('the gateway over the module subgraphs answers as the single-process hub does', () => {
  const cases = (): [string, string, Record<string, unknown>][] => [
    ['a social integration centre with its participants and compliance', FACILITY_PICTURE, { id: cis.id }],
    ['a children\u2019s home with its placements and compliance', FACILITY_PICTURE, { id: home.id }],
    ['the capacity overview', CAPACITY, {}],
    ['a cross-check of PESELs', CROSS_CHECK, { pesels }],
    ['the placements list with carers and facilities', PLACEMENTS, {}],
  ];

  it('with the same data and the same permission errors, for every role', async () => {
    let compared = 0;
    for (const [what, query, variables] of cases()) {
      for (const [who, role, organisationId] of callers()) {
        const direct = seen(await t.as(role, organisationId).query(query, variables));
        const federated = seen(await federation.as(role, organisationId).query(query, variables));
        expect(federated, `${what}, as ${who}`).toEqual(direct);
        compared++;
      }
    }
    expect(compared).toBe(40);
  });

  it('shows each role what the law lets it see, not the same picture for all (the comparison above is not vacuous)', async () => {
    const asMops = await federation.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(FACILITY_PICTURE, { id: cis.id });
    expect(asMops.errors).toBeUndefined();
    expect(asMops.data.facility.participants.length).toBeGreaterThan(0);
    expect(asMops.data.facility.participants[0].person.pesel).toMatch(/^\d{11}$/);
    expect(asMops.data.facility.compliance.length).toBeGreaterThan(0);
    const asHome = await federation.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(FACILITY_PICTURE, { id: home.id });
    expect(asHome.data.facility.placements.length).toBeGreaterThan(0);

    const asStranger = seen(await federation.as('NGO_STAFF', strangerNgo()).query(FACILITY_PICTURE, { id: cis.id }));
    expect(asStranger.data.facility.participants).toBeNull();
    expect(asStranger.errors).toEqual(['facility.participants FORBIDDEN', 'facility.placements FORBIDDEN']);
    const asOperator = seen(await federation.as('NGO_STAFF', cis.operatorId).query(FACILITY_PICTURE, { id: cis.id }));
    expect(asOperator.data.facility.participants[0].person.pesel).toBeNull();
    expect(asOperator.errors.filter((e) => e.endsWith('pesel FORBIDDEN')).length).toBe(asOperator.data.facility.participants.length);

    const checked = await federation.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice).query(CROSS_CHECK, { pesels });
    expect(checked.data.crossCheckPersons.map((r: { status: string }) => r.status).slice(-2)).toEqual(['NOT_FOUND', 'INVALID_PESEL']);
  });

  it('writes the same audit events for the same reads', async () => {
    const mops = (url: 'direct' | 'gateway') => (url === 'direct' ? t : federation).as('MOPS_WORKER', DEMO_ORGANISATIONS.mops, 'auditor-1');
    const trail = async (run: () => Promise<unknown>) => {
      const before = t.clock.now();
      await run();
      const events = await t.em().find(AuditEvent, { occurredAt: { $gte: before }, actorId: 'auditor-1' });
      return events.map((e) => `${e.operation} ${e.action} ${e.subjectType} ${e.subjectId} ${e.field ?? ''}`).sort();
    };
    const direct = await trail(() => mops('direct').query(FACILITY_PICTURE, { id: home.id }));
    const federated = await trail(() => mops('gateway').query(FACILITY_PICTURE, { id: home.id }));
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.every((e) => e.startsWith('FacilityPicture READ'))).toBe(true);
    expect(federated).toEqual(direct);
  });
});

describe('writes through the gateway', () => {
  const ENROL = `mutation Enrol($input: EnrolmentInput!) { enrolParticipant(input: $input) { id facility { name } person { lastName } } }`;

  it('refuse bad input with the same BAD_USER_INPUT and problem paths as the hub, and write nothing', async () => {
    const bad = cisEnrolment(cis.id, today, { plannedEndDate: '2020-01-01', person: personInput({ pesel: '12345678901' }) });
    const before = await t.em().count(Participation, {});
    const direct = await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(ENROL, { input: bad });
    const federated = await federation.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(ENROL, { input: bad });
    expect(problemPaths(direct).length).toBeGreaterThan(1);
    expect(problemPaths(federated)).toEqual(problemPaths(direct));
    expect(errorCodes(federated)).toEqual(['BAD_USER_INPUT']);
    expect(await t.em().count(Participation, {})).toBe(before);
  });

  it('enrol a participant whose facility and person the other subgraphs then resolve', async () => {
    const em = t.em();
    const [unit] = await em.find(WelfareUnit, {}, { limit: 1 });
    const [district] = await em.find(District, {}, { limit: 1 });
    const centre = await cisFacility(em, {
      operator: await makeOrganisation(em, { name: 'Fundacja Federacyjna' }),
      unit: unit!,
      district: district!,
      declaredCapacity: 20,
    });
    const person = personInput();
    const response = await federation.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(ENROL, { input: cisEnrolment(centre.id, today, { person }) });
    expect(response.errors).toBeUndefined();
    expect(response.data.enrolParticipant).toMatchObject({ facility: { name: expect.any(String) }, person: { lastName: person.lastName } });
  });
});

describe('entities across subgraphs', () => {
  it('reads a page of facilities with their people and compliance in a number of statements that does not grow with the page', async () => {
    const query = `query($first: Int!) { facilities(first: $first) { nodes { name compliance { status } participants { person { lastName } } placements { child { firstName } carer { name } } } } }`;
    const mops = federation.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    const statements = async (first: number) => {
      let response: GraphQLResponse | undefined;
      const { count } = await t.countStatements(async () => {
        response = await mops.query(query, { first });
      });
      expect(response!.errors).toBeUndefined();
      expect(response!.data.facilities.nodes).toHaveLength(first);
      return count;
    };
    const few = await statements(5);
    const many = await statements(40);
    expect(many).toBeLessThanOrEqual(few + 2);
    expect(many).toBeLessThanOrEqual(25);
  });

  it('never resolves a person for a caller who does not reach them, whatever headers come with the request', async () => {
    const personId = (await t.em().execute(`select pa.person_id from participation pa where pa.facility_id = ? limit 1`, [cis.id]))[0]!.person_id;
    const lookUp = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id firstName } } }`;
    const variables = { r: [{ __typename: 'Person', id: personId }] };
    const persons = t.callersAt(federation.subgraphUrls.persons!);
    const forged = await fetch(federation.subgraphUrls.persons!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-role': 'ADMIN', 'x-user-role': 'ADMIN', 'x-organisation-id': cis.operatorId },
      body: JSON.stringify({ query: lookUp, variables }),
    });
    expect(((await forged.json()) as GraphQLResponse).data._entities).toEqual([null]);
    expect(
      (await persons.as('NGO_STAFF', home.operatorId === cis.operatorId ? strangerNgo() : home.operatorId).query(lookUp, variables)).data._entities,
    ).toEqual([null]);
    expect((await persons.as('ANALYST').query(lookUp, variables)).data._entities).toEqual([null]);
    expect((await persons.as('NGO_STAFF', cis.operatorId).query(lookUp, variables)).data._entities).toEqual([{ id: personId, firstName: expect.any(String) }]);
    expect((await persons.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(lookUp, variables)).data._entities).toEqual([
      { id: personId, firstName: expect.any(String) },
    ]);
  });

  it('answers a participant of another organisation as null, as Query.participant does', async () => {
    const participantId = (await t.em().execute(`select id from participation where facility_id = ? limit 1`, [cis.id]))[0]!.id;
    const lookUp = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { id } } }`;
    const integration = t.callersAt(federation.subgraphUrls.integration!);
    const variables = { r: [{ __typename: 'Participant', id: participantId }] };
    expect((await integration.as('NGO_STAFF', cis.operatorId).query(lookUp, variables)).data._entities).toEqual([{ id: participantId }]);
    expect((await integration.as('NGO_STAFF', strangerNgo()).query(lookUp, variables)).data._entities).toEqual([null]);
    expect((await integration.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice).query(lookUp, variables)).data._entities).toEqual([null]);
  });
});

describe('the gateway itself', () => {
  it('refuses a query deeper than the hub\u2019s limit before planning it, as the hub does', async () => {
    const deep = `{ facilities { nodes { unit { districts { branch { districts { branch { districts { branch { districts { name } } } } } } } } } } }`;
    const direct = await t.publicCaller.query(deep);
    const federated = await federation.publicCaller.query(deep);
    expect(federated.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(federated.errors?.[0]?.message).toMatch(/depth/i);
    expect(federated.errors?.[0]?.message).toBe(direct.errors?.[0]?.message);
    // Refused by the gateway: an error a subgraph raised would name the subgraph.
    expect(federated.errors?.[0]?.extensions?.serviceName).toBeUndefined();
  });
});

describe('starting a subgraph', () => {
  it('refuses a module that does not exist, naming the ones that do', async () => {
    const { startHub } = await import('../../../src/hub.js');
    await expect(
      startHub(
        { ...t.config, subgraphs: ['registry', 'payroll'] },
        { shared: { db: t.hub.db, pesel: t.hub.pesel }, clock: t.clock, logger: pino({ level: 'silent' }) },
      ),
    ).rejects.toThrow(/No module named payroll; the modules are registry, standards, persons, integration, crosscheck, fostercare/);
  });

  it('serves several modules as one subgraph, with the types and fields of both and none of the others', async () => {
    const { startHub } = await import('../../../src/hub.js');
    const both = await startHub(
      { ...t.config, subgraphs: ['registry', 'integration'] },
      { shared: { db: t.hub.db, pesel: t.hub.pesel }, clock: t.clock, logger: pino({ level: 'silent' }) },
    );
    try {
      const sdl = await t.callersAt(both.url).publicCaller.query(`{ _service { sdl } }`);
      expect(sdl.data._service.sdl).toMatch(/type Facility @cacheControl\(maxAge: 300, scope: PRIVATE\) @key\(fields: "id"\)/);
      expect(sdl.data._service.sdl).toMatch(/type Participant @key\(fields: "id"\)/);
      expect(sdl.data._service.sdl).toMatch(/participants\(/);
      expect(sdl.data._service.sdl).not.toMatch(/ComplianceEntry|Placement/);
    } finally {
      await both.stop();
    }
  });
});
