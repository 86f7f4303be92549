/**
 * The numbered parameters of a statement put together from parts (a live
 * command's one statement takes conditions and writes from the kit, the
 * policy layer and the room): each part adds its values and writes the
 * placeholder it gets back, so no part needs to know the others' numbering.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
