import { defineReasons } from '../messages/reasons.js';

/** What an import says about a file, its headers and its cells, the same for every register. */
export const IMPORT = defineReasons({
  FILE_EMPTY: { en: 'The file is empty', pl: 'Plik jest pusty' },
  FILE_NOT_TEXT: { en: 'The file is not text (CSV) nor an XLSX workbook', pl: 'Plik nie jest tekstem (CSV) ani skoroszytem XLSX' },
  CSV_UNREADABLE: { en: 'The CSV cannot be read: {detail}', pl: 'Nie można odczytać pliku CSV: {detail}' },
  NO_HEADER_ROW: { en: 'The file has no header row', pl: 'Plik nie ma wiersza nagłówka' },
  NOT_XLSX: { en: 'The file looks like a ZIP archive but is not an XLSX workbook', pl: 'Plik wygląda na archiwum ZIP, ale nie jest skoroszytem XLSX' },
  SHEET_EMPTY: { en: 'The workbook\u2019s first sheet is empty', pl: 'Pierwszy arkusz skoroszytu jest pusty' },
  SHEET_NO_HEADER: { en: 'The first row of the sheet is not a header row', pl: 'Pierwszy wiersz arkusza nie jest wierszem nagłówka' },
  IMPORT_ROLE: { en: 'Importing {register} needs one of {roles}', pl: 'Import rejestru {register} wymaga jednej z ról: {roles}' },
  UNKNOWN_HEADER: {
    en: 'Unknown column "{header}"; the register knows {known} (or map it with mapping)',
    pl: 'Nieznana kolumna „{header}”; rejestr zna: {known} (albo wskaż ją parametrem mapping)',
  },
  MISSING_COLUMN: { en: 'The file has no column "{column}", which the register needs', pl: 'W pliku brak kolumny „{column}”, której rejestr wymaga' },
  DUPLICATE_COLUMN: { en: 'Two columns of the file fill "{column}"', pl: 'Dwie kolumny pliku wypełniają „{column}”' },
  DUPLICATE_ROW: { en: 'The same record as line {line}', pl: 'Ten sam rekord co w wierszu {line}' },
  NO_ROWS: { en: 'The file has a header but no rows', pl: 'Plik ma nagłówek, ale żadnego wiersza' },
  TOO_LARGE: { en: 'The file is larger than {bytes, number} bytes: split it', pl: 'Plik jest większy niż {bytes, number} bajtów: podziel go' },
  UNKNOWN_REGISTER: { en: 'No register is called "{name}"; the hub imports {known}', pl: 'Nie ma rejestru „{name}”; hub importuje: {known}' },
  MAPPING_NOT_AN_OBJECT: {
    en: 'The mapping parameter is not a JSON object of headers to field names',
    pl: 'Parametr mapping nie jest obiektem JSON: nagłówek → nazwa pola',
  },
  MAPPING_UNKNOWN_FIELD: {
    en: '"{header}" maps to "{key}", which is not a column of the register ({keys})',
    pl: 'Kolumna „{header}” wskazuje pole „{key}”, którego rejestr nie ma ({keys})',
  },

  // A cell (core/import/register.ts): `text` is the cell as written, "(empty)" when empty.
  CELL_NOT_A_DATE: {
    en: 'Not a date that exists: {text}; write RRRR-MM-DD or DD.MM.RRRR',
    pl: 'To nie jest istniejąca data: {text}; wpisz RRRR-MM-DD albo DD.MM.RRRR',
  },
  CELL_NOT_A_WHOLE_NUMBER: { en: 'Not a whole number: {text}', pl: 'To nie jest liczba całkowita: {text}' },
  CELL_NOT_A_YEAR: { en: 'Not a year: {text}', pl: 'To nie jest rok: {text}' },
  CELL_NOT_YES_NO: { en: 'tak or nie, not {text}', pl: 'Wpisz tak albo nie, nie „{text}”' },
  CELL_NOT_ONE_OF: { en: 'Not a value this column takes: {text}; write {examples}', pl: 'Nieznana wartość: {text}; wpisz np. {examples}' },
  CELL_EMPTY: { en: 'Fill in this column', pl: 'Uzupełnij tę kolumnę' },
  CELL_NO_ORGANISATION: {
    en: 'No organisation of the registry is {text}: import the organisations first, or give its NIP or REGON',
    pl: 'W rejestrze nie ma organizacji {text}: najpierw wczytaj organizacje albo podaj jej NIP lub REGON',
  },
  CELL_TWO_ORGANISATIONS: { en: 'Two organisations are named {text}: give its NIP or REGON', pl: 'Dwie organizacje nazywają się {text}: podaj NIP albo REGON' },
  CELL_NO_DISTRICT: { en: 'No district is {text}', pl: 'Nie ma dzielnicy {text}' },
  CELL_GIVE_DISTRICT: { en: 'Give the district (the city has more than one)', pl: 'Podaj dzielnicę (miasto ma więcej niż jedną)' },
  CELL_NO_UNIT: { en: 'No unit of the welfare centre is {text}', pl: 'Nie ma jednostki MOPS {text}' },
  CELL_GIVE_UNIT: { en: 'Give the supervising unit', pl: 'Podaj jednostkę MOPS nadzorującą placówkę' },
});
