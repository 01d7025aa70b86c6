import type { EnumLabels } from '../../core/labels/enum-labels.js';
import type { Sex } from './persons.entities.js';

export const personsEnumLabels: EnumLabels = {
  Sex: { FEMALE: 'Kobieta', MALE: 'Mężczyzna' } satisfies Record<keyof typeof Sex, string>,
};
