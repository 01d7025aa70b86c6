import { defineReasons } from '../../core/messages/reasons.js';

/** Why a person's details are refused. */
export const PERSONS = defineReasons({
  FIRST_NAME_MISSING: { en: 'Give the first name', pl: 'Podaj imię' },
  LAST_NAME_MISSING: { en: 'Give the last name', pl: 'Podaj nazwisko' },
});
