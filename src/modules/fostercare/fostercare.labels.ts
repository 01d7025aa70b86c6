import type { EnumLabels } from '../../core/labels/enum-labels.js';
import type { CapacityExceptionKind, Proximity } from './fostercare.types.js';
import type { CarerStatus, PlacementBasis, PlacementEndReason, StayExtensionKind } from './fostercare.entities.js';
import type { AdmissionRoute, AgeExceptionKind, CarerKind } from './fostercare.rules.js';

type Labels<T> = Record<keyof T, string>;

/** The forms of foster care as the act on family support names them (art. 41, 58, 61, 93, 101–103, 109). */
export const CARER_KIND_LABELS = {
  KINSHIP_FAMILY: 'Rodzina zastępcza spokrewniona',
  NON_PROFESSIONAL_FAMILY: 'Rodzina zastępcza niezawodowa',
  PROFESSIONAL_FAMILY: 'Rodzina zastępcza zawodowa',
  PROFESSIONAL_SPECIALIST_FAMILY: 'Zawodowa specjalistyczna rodzina zastępcza',
  EMERGENCY_FAMILY: 'Rodzina zastępcza zawodowa pełniąca funkcję pogotowia rodzinnego',
  FAMILY_CHILDRENS_HOME: 'Rodzinny dom dziecka',
  FAMILY_TYPE_FACILITY: 'Placówka opiekuńczo-wychowawcza typu rodzinnego',
  SOCIALISATION_FACILITY: 'Placówka opiekuńczo-wychowawcza typu socjalizacyjnego',
  INTERVENTION_FACILITY: 'Placówka opiekuńczo-wychowawcza typu interwencyjnego',
  SPECIALIST_THERAPEUTIC_FACILITY: 'Placówka opiekuńczo-wychowawcza typu specjalistyczno-terapeutycznego',
  REGIONAL_CARE_THERAPY_FACILITY: 'Regionalna placówka opiekuńczo-terapeutyczna',
  PRE_ADOPTION_INTERVENTION_CENTRE: 'Interwencyjny ośrodek preadopcyjny',
} satisfies Labels<typeof CarerKind>;

export const fosterCareEnumLabels: EnumLabels = {
  CarerKind: CARER_KIND_LABELS,
  CarerStatus: { ACTIVE: 'Przyjmuje dzieci', ON_BREAK: 'Przerwa (nie przyjmuje)', CLOSED: 'Zakończyła działalność' } satisfies Labels<typeof CarerStatus>,
  AdmissionRoute: {
    ORDINARY: 'Na podstawie postanowienia sądu lub skierowania',
    CHILDS_OWN_REQUEST: 'Na prośbę dziecka (art. 103 ust. 2 pkt 3)',
    POLICE_OR_BORDER_GUARD: 'Doprowadzone przez Policję lub Straż Graniczną (art. 103 ust. 2 pkt 2)',
    EMERGENCY: 'W sytuacji kryzysowej (art. 103 ust. 3)',
  } satisfies Labels<typeof AdmissionRoute>,
  AgeExceptionKind: {
    SIBLINGS: 'Rodzeństwo',
    PARENT_PLACED: 'Matka lub ojciec umieszczeni w tej samej placówce',
    HEALTH: 'Stan zdrowia dziecka',
    OTHER: 'Inny wyjątkowy przypadek',
  } satisfies Labels<typeof AgeExceptionKind>,
  PlacementBasis: {
    COURT_DECISION: 'Postanowienie sądu',
    EMERGENCY_PENDING_DECISION: 'Umieszczenie w trybie pilnym do czasu postanowienia sądu',
  } satisfies Labels<typeof PlacementBasis>,
  PlacementEndReason: {
    RETURN_TO_FAMILY: 'Powrót do rodziny',
    ADOPTION: 'Przysposobienie',
    ANOTHER_PLACEMENT: 'Przeniesienie do innej formy pieczy',
    LEAVING_CARE: 'Usamodzielnienie',
    OTHER: 'Inna przyczyna',
  } satisfies Labels<typeof PlacementEndReason>,
  StayExtensionKind: {
    FIXED_TERM: 'Przedłużenie do dłuższego terminu ustawowego',
    UNTIL_PROCEEDINGS_END: 'Do zakończenia postępowania sądowego',
  } satisfies Labels<typeof StayExtensionKind>,
  CapacityExceptionKind: {
    SIBLINGS: 'Rodzeństwo',
    JUSTIFIED: 'Szczególnie uzasadniony przypadek',
    EMERGENCY: 'Sytuacja kryzysowa w placówce interwencyjnej',
  } satisfies Labels<typeof CapacityExceptionKind>,
  Proximity: { SAME_DISTRICT: 'W dzielnicy dziecka', SAME_BRANCH: 'W rejonie tej samej filii', OTHER_DISTRICT: 'W innej części miasta' } satisfies Labels<
    typeof Proximity
  >,
};
