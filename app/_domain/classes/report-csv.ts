// An assignment report as CSV: UTF-8 with a byte-order mark (so Excel reads Japanese correctly), CRLF
// lines, cells quoted when needed and a leading =, +, - or @ neutralised (a spreadsheet formula).

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let cell = value === null ? "" : String(value);
  cell = cell.replace(/\r\n|\r|\n/g, " ");
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
