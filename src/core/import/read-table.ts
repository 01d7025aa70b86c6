import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { isoDateOf } from '../calendar.js';
import { IMPORT } from './import.messages.js';
import type { Message } from '../messages/reasons.js';

/**
 * A register as a city keeps it, read from the file it sends: a header row, then one record per row.
 * CSV with `;` (as Polish Excel saves it) or `,`, in UTF-8 with or without a BOM or in Windows-1250
 * (Polish Excel's "CSV" without UTF-8); or an XLSX workbook, whose first worksheet is read. Each row
 * keeps the line number a spreadsheet shows for it (the header is line 1), so a problem can be
 * found where the clerk looks for it.
 */
export interface Table {
  format: 'csv' | 'xlsx';
  /** The header row as written. */
  headers: string[];
  rows: TableRow[];
}

export interface TableRow {
  line: number;
  /** The cells under each header, trimmed; '' for an empty cell. */
  cells: string[];
}

export class UnreadableFile extends Error {
  constructor(readonly said: Message) {
    super(said.en);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readTable(body: Buffer): Promise<Table> {
  if (body.length === 0) throw new UnreadableFile(IMPORT.FILE_EMPTY());
  if (ZIP_MAGIC.every((byte, i) => body[i] === byte)) return readXlsx(body);
  return readCsv(decodeText(body));
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM or not), otherwise Windows-1250, as Polish Excel writes CSV. */
export function decodeText(body: Buffer): string {
  if (body.includes(0)) throw new UnreadableFile(IMPORT.FILE_NOT_TEXT());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1250').decode(body);
  }
}

function readCsv(text: string): Table {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // The header decides the separator: a Polish file has `;` between names, an English one `,`.
  const delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, info: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    throw new UnreadableFile(IMPORT.CSV_UNREADABLE({ detail: (error as Error).message.replace(/\s+/g, ' ').slice(0, 200) }));
  }
  const [header, ...data] = records;
  if (!header || header.record.every((cell) => cell === '')) throw new UnreadableFile(IMPORT.NO_HEADER_ROW());
  return {
    format: 'csv',
    headers: header.record,
    rows: data.map(({ record, info }) => ({ line: info.lines, cells: record })).filter((row) => row.cells.some((cell) => cell !== '')),
  };
}

async function readXlsx(body: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile(IMPORT.NOT_XLSX());
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new UnreadableFile(IMPORT.SHEET_EMPTY());
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  const headerRow = sheet.getRow(1);
  const headers = cellsOf(headerRow);
  if (headers.every((cell) => cell === '')) throw new UnreadableFile(IMPORT.SHEET_NO_HEADER());
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const cells = cellsOf(row);
    if (cells.some((cell) => cell !== '')) rows.push({ line, cells });
  });
  return { format: 'xlsx', headers, rows };
}

/** What a cell shows, as text: a date as YYYY-MM-DD (Excel keeps dates as numbers with a format), a formula by its result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDateOf(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
