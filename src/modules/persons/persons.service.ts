import type { EntityManager } from '../../core/db/database.js';
import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { peselFacts, peselProblem } from '../../core/pesel.js';
import { foldForSearch } from '../../core/text-search.js';
import { entitledOn } from './labour-market.js';
import { LabourMarketStatus, Person } from './persons.entities.js';
import { PERSONS } from './persons.messages.js';
import { CORE } from '../../core/messages/core.messages.js';

/** Who a record is about, as a form gives it: the PESEL and the names. */
export interface PersonInput {
  pesel: string;
  firstName: string;
  lastName: string;
}

/** Checks a person's identity data on `today`, reporting each problem under `path` (e.g. `person.pesel`). */
export function checkPersonInput(input: PersonInput, problems: InputProblems, path: string, today: string): void {
  const pesel = input.pesel.trim();
  const problem = peselProblem(pesel);
  if (problem) problems.add(`${path}.pesel`, problem);
  else if (peselFacts(pesel).birthDate > today) problems.add(`${path}.pesel`, CORE.PESEL_FUTURE_BIRTH());
  if (!input.firstName.trim()) problems.add(`${path}.firstName`, PERSONS.FIRST_NAME_MISSING());
  if (!input.lastName.trim()) problems.add(`${path}.lastName`, PERSONS.LAST_NAME_MISSING());
  if (input.firstName.length > 100 || input.lastName.length > 100) problems.add(path, CORE.NAME_TOO_LONG({ max: 100 }));
}

/**
 * The person with this PESEL, created on first use. One record per PESEL across the hub: a second
 * module enrolling the same person finds the same record. Names follow the latest form (a name
 * changes on marriage); the change is in the audit trail of the write that made it.
 */
export async function findOrCreatePerson(ctx: RequestContext, em: EntityManager, input: PersonInput, known?: Person | null): Promise<Person> {
  const pesel = input.pesel.trim();
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  const lookupHash = ctx.pesel.lookupHash(pesel);
  // `known`: the caller looked the person up already (null: it has no record yet).
  const existing = known !== undefined ? known : await em.findOne(Person, { peselHash: lookupHash });
  if (existing) {
    if (existing.firstName !== firstName || existing.lastName !== lastName) {
      existing.firstName = firstName;
      existing.lastName = lastName;
      existing.searchName = foldForSearch(`${lastName} ${firstName}`);
    }
    return existing;
  }
  const { ciphertext } = ctx.pesel.protect(pesel);
  const facts = peselFacts(pesel);
  return em.create(Person, {
    firstName,
    lastName,
    searchName: foldForSearch(`${lastName} ${firstName}`),
    peselHash: lookupHash,
    peselCiphertext: ciphertext,
    birthDate: facts.birthDate,
    sex: facts.sex,
  });
}

/**
 * The labour-office statuses that show a person entitled to unemployment benefit on a day: reported
 * as entitled and not deregistered by then. Such a person may not join a CIS (art. 1 ust. 3 of the
 * social employment act).
 */
export async function benefitEntitlementsOn(em: EntityManager, peselHash: string, date: string): Promise<LabourMarketStatus[]> {
  return (await labourMarketStatusesOf(em, peselHash)).filter((s) =>
    entitledOn({ ...s, registeredSince: s.registeredSince ?? null, deregisteredOn: s.deregisteredOn ?? null }, date),
  );
}

/** Every office's status of one person. */
export async function labourMarketStatusesOf(em: EntityManager, peselHash: string): Promise<LabourMarketStatus[]> {
  return em.find(LabourMarketStatus, { peselHash });
}
