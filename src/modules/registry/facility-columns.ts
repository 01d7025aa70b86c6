import { p } from '@mikro-orm/core';
import { Field, Int } from 'type-graphql';
import { DateScalar } from '../../core/graphql/scalars.js';
import type { ImportColumn } from '../../core/import/register.js';
import { FACILITY_SUBTYPES, FacilitySubtype } from './facility-types.js';
import { FacilityStatus, TargetPopulation } from './facility-enums.js';

/** How a plain column is stored, shown, written and read by a plan. */
interface PlainColumn<V, S> {
  /** The entity's property (its column's type, null, default). */
  stored: S;
  /** Its GraphQL type, in `Facility` and in both inputs. */
  graphql: Parameters<typeof Field>[0] & (() => unknown);
  /** Null allowed: shown as null, cleared by null in `updateFacility`; otherwise null there keeps the value. */
  nullable: boolean;
  /** The field's description in `Facility`. */
  description: string;
  /** Its Polish header in exports (`POST /export`), which the facilities import reads back. */
  header: string;
  /**
   * Read from a register's spreadsheet (`POST /import/facilities`): under its export header (so an
   * exported register reads back) or these other headers a city writes; what the cell holds.
   */
  imported?: {
    otherHeaders: readonly string[];
    description: string;
    /** An empty cell keeps what the hub knows (a new facility takes `onCreate`), rather than clearing it. */
    keptWhenUnsaid?: true;
  };
  /** The input field's description, in `createFacility` and `updateFacility`. */
  inputDescription: string;
  /** What a new facility gets when its input leaves the field out (a column never null), also the input's default. */
  onCreate?: V;
  /** The group of columns a planned read selects for it (registry.plans.ts). */
  group: 'base' | 'details';
  /** Kept in the facility's dated history too (`facility_state`, written by its trigger). */
  history?: true;
  /** The value's TypeScript type; never set. */
  value?: V;
}

/** A plain column of values `V`, its declaration's literal types kept (which columns have `history`). */
function plain<V>() {
  return <C extends Omit<PlainColumn<V, unknown>, 'value'>>(column: C): C & { value?: V } => column;
}

/**
 * A facility's plain columns: each stored, shown and written as it is, with no rule of its own
 * shape (the rules that read them, such as places within the legal limit, judge the draft in
 * facility.validation.ts). Declared here once, a column is a property of the entity (and of its
 * dated history when `history`), a field of `Facility` and of both inputs, a property of what a read
 * returns (`FacilityView`) and of what the rules judge (`FacilityDraft`), planned in its group, and
 * headed in Polish in exports.
 * A new one is a line here and its migration (a `history` one also changes the history's trigger).
 */
export const FACILITY_PLAIN_COLUMNS = {
  subtype: plain<FacilitySubtype | null>()({
    stored: p.enum(Object.keys(FACILITY_SUBTYPES)).nullable(),
    graphql: () => FacilitySubtype,
    nullable: true,
    description: 'Subtype, form or profile within the type.',
    header: 'Podtyp',
    imported: {
      otherHeaders: ['Profil', 'Rodzaj placówki opiekuńczo-wychowawczej'],
      description: 'subtype (a placówka opiekuńczo-wychowawcza: socjalizacyjna, interwencyjna …)',
    },
    inputDescription: 'Subtype, form or profile within the type; required for a placówka opiekuńczo-wychowawcza.',
    group: 'base',
    history: true,
  }),
  declaredCapacity: plain<number | null>()({
    /** Places the operator declares; never above the legal limit. Null where a facility has no places (counselling). */
    stored: p.integer().nullable(),
    graphql: () => Int,
    nullable: true,
    description: 'Year-round places the operator declares; with seasonal and overflow places, never above the legal limit. Null for services without places.',
    header: 'Miejsca deklarowane',
    imported: { otherHeaders: ['Liczba miejsc', 'Miejsca', 'Liczba miejsc statutowych'], description: 'places' },
    inputDescription: 'Declared year-round places; with seasonal and overflow places, not above the legal limit.',
    group: 'base',
    history: true,
  }),
  targetPopulation: plain<TargetPopulation>()({
    stored: p.enum(Object.values(TargetPopulation)).default(TargetPopulation.ANY),
    graphql: () => TargetPopulation,
    nullable: false,
    description: 'Whom the places are for.',
    header: 'Dla kogo',
    imported: {
      otherHeaders: ['Grupa docelowa', 'Adresaci'],
      description: 'whom the places are for: wszyscy, mężczyźni, kobiety, matki z dziećmi, rodziny, młodzież (kept as it is when empty)',
      keptWhenUnsaid: true,
    },
    inputDescription: 'Whom the places are for.',
    onCreate: TargetPopulation.ANY,
    group: 'base',
    history: true,
  }),
  status: plain<FacilityStatus>()({
    stored: p.enum(Object.values(FacilityStatus)).index(),
    graphql: () => FacilityStatus,
    nullable: false,
    description: 'Active, suspended or closed.',
    header: 'Status',
    imported: { otherHeaders: [], description: 'czynna, zawieszona, zamknięta (kept as it is when empty; a new facility is czynna)', keptWhenUnsaid: true },
    inputDescription: 'Active, suspended or closed; a closed facility has its closing date.',
    onCreate: FacilityStatus.ACTIVE,
    group: 'base',
    history: true,
  }),
  openedOn: plain<string | null>()({
    stored: p.date().nullable(),
    graphql: () => DateScalar,
    nullable: true,
    description: 'Opening date.',
    header: 'Data otwarcia',
    imported: { otherHeaders: ['Data rozpoczęcia działalności'], description: 'opening date' },
    inputDescription: 'Opening date.',
    group: 'details',
  }),
  closedOn: plain<string | null>()({
    stored: p.date().nullable(),
    graphql: () => DateScalar,
    nullable: true,
    description: 'Closing date, for closed facilities.',
    header: 'Data zamknięcia',
    inputDescription: 'Closing date; required with status CLOSED.',
    group: 'details',
  }),
  stepFreeAccess: plain<boolean | null>()({
    stored: p.boolean().nullable(),
    graphql: () => Boolean,
    nullable: true,
    description:
      'Whether a wheelchair user can enter and use the service without steps (dostępność architektoniczna, ustawa z 19 lipca 2019 r. o zapewnianiu dostępności osobom ze szczególnymi potrzebami, art. 6 pkt 1); null when not known.',
    header: 'Dostępna bez schodów (wózek)',
    imported: {
      otherHeaders: ['Dostępność architektoniczna', 'Bez barier architektonicznych', 'Dostępna dla wózków'],
      description: 'tak / nie: a wheelchair user can enter and use it without steps (kept as it is when empty)',
      keptWhenUnsaid: true,
    },
    inputDescription: 'Whether a wheelchair user can enter and use the service without steps; null when not known.',
    group: 'details',
  }),
};

type Columns = typeof FACILITY_PLAIN_COLUMNS;
export type FacilityPlainColumn = keyof Columns;

/** The values of a facility's plain columns, as a read shows them and the rules judge them. */
export type FacilityPlainValues = { [K in FacilityPlainColumn]: Exclude<Columns[K]['value'], undefined> };

/** The plain columns as an input gives them: each may be left out or null. */
export type FacilityPlainInput = { [K in FacilityPlainColumn]?: FacilityPlainValues[K] | null };

export const FACILITY_PLAIN_COLUMN_NAMES = Object.keys(FACILITY_PLAIN_COLUMNS) as FacilityPlainColumn[];

const entries = Object.entries(FACILITY_PLAIN_COLUMNS) as [FacilityPlainColumn, PlainColumn<unknown, unknown>][];

/** The entity properties of the plain columns. */
export function storedPlainColumns(): { [K in FacilityPlainColumn]: Columns[K]['stored'] } {
  return Object.fromEntries(entries.map(([name, column]) => [name, column.stored])) as never;
}

/** The entity properties of the plain columns the facility's dated history keeps. */
export function storedHistoryColumns(): { [K in FacilityPlainColumn as Columns[K] extends { history: true } ? K : never]: Columns[K]['stored'] } {
  return Object.fromEntries(entries.flatMap(([name, column]) => (column.history ? [[name, column.stored]] : []))) as never;
}

/** The plain columns' values of a row or an entity: null for an absent nullable one. */
export function plainValuesOf(source: { [K in FacilityPlainColumn]?: unknown }): FacilityPlainValues {
  const values: Record<string, unknown> = {};
  for (const [name, column] of entries) values[name] = column.nullable ? (source[name] ?? null) : source[name];
  return values as FacilityPlainValues;
}

/** The plain columns' values of a new facility's input: what it leaves out is null, or the column's default. */
export function plainValuesOfInput(input: FacilityPlainInput): FacilityPlainValues {
  const values: Record<string, unknown> = {};
  for (const [name, column] of entries) values[name] = input[name] ?? column.onCreate ?? null;
  return values as FacilityPlainValues;
}

/**
 * The plain columns an update changes: a field left out keeps its value; null clears a nullable
 * column and keeps one that is never null.
 */
export function plainValuesUpdated(current: FacilityPlainValues, input: FacilityPlainInput): FacilityPlainValues {
  const values: Record<string, unknown> = { ...current };
  for (const [name, column] of entries) {
    const given = input[name];
    if (given !== undefined && (given !== null || column.nullable)) values[name] = given;
  }
  return values as FacilityPlainValues;
}

/** Each plain column with its declaration, for the GraphQL fields and the plan's groups. */
export function plainColumnEntries(): readonly [FacilityPlainColumn, PlainColumn<unknown, unknown>][] {
  return entries;
}

/** The plain columns' Polish export headers, by field (the registry's `fieldHeaders`). */
export function plainColumnHeaders(): Record<FacilityPlainColumn, string> {
  return Object.fromEntries(entries.map(([name, column]) => [name, column.header])) as Record<FacilityPlainColumn, string>;
}

/** A plain column as a register's spreadsheet names it: the export header first, then the others a city writes. */
export function plainImportColumn(name: FacilityPlainColumn): ImportColumn {
  const column: PlainColumn<unknown, unknown> = FACILITY_PLAIN_COLUMNS[name];
  if (!column.imported) throw new Error(`The facilities import does not read ${name}`);
  return { key: name, headers: [column.header, ...column.imported.otherHeaders], description: column.imported.description };
}

/** The plain columns a register's empty cell leaves as the hub knows them (`keptWhenUnsaid`), with what a new facility takes. */
export const PLAIN_COLUMNS_KEPT_WHEN_UNSAID: readonly { name: FacilityPlainColumn; onCreate: unknown }[] = entries
  .filter(([, column]) => column.imported?.keptWhenUnsaid)
  .map(([name, column]) => ({ name, onCreate: column.onCreate ?? null }));
