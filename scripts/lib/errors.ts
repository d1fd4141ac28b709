/** An input problem, located precisely enough that a person can open the file and see it. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    const where = [file, row !== undefined ? `row ${row}` : '', column ? `column "${column}"` : '']
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${message}`);
    this.name = 'DataError';
  }
}
