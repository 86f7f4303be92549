import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SmallNumber } from './SmallNumber';
import { TableWrap } from './TableWrap';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  className?: string;
}

interface TableProps<Row> {
  /** Names the scrollable region for screen readers. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column names the row: it is the row header screen readers announce. */
  columns: readonly Column<Row>[];
  /** Buttons per row, in a last column whose header only screen readers hear. */
  actions?: (row: Row) => ReactNode;
  /**
   * On a phone each row is a card (its facts one under the other, each with its column's name, the buttons below)
   * instead of a table that scrolls sideways: for lists of people, invitations and phrases, not for grids of counts.
   */
  stack?: boolean;
}

/**
 * A list of things with a few facts each (people, invitations, participants): on a phone it scrolls sideways, or with
 * `stack` shows each row as a card. The roles are written out because some browsers drop a table's semantics once
 * CSS lays its rows out as blocks (the stacked cards).
 */
export function Table<Row>({ label, rows, rowKey, columns, actions, stack = false }: TableProps<Row>) {
  const { t } = useTranslation();
  const [first, ...rest] = columns;
  return (
    <TableWrap label={label} stack={stack}>
      <table role="table">
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th scope="col" role="columnheader" key={column.header}>
                {column.header}
              </th>
            ))}
            {actions && (
              <th scope="col" role="columnheader">
                <span className="visually-hidden">{t('fields.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr role="row" key={rowKey(row)}>
              <th scope="row" role="rowheader" className={first.className}>
                {first.cell(row)}
              </th>
              {rest.map((column) => (
                // The card's label for this fact on a phone (styles.css, .table-wrap--stack).
                <td role="cell" key={column.header} className={column.className} data-label={column.header}>
                  {column.cell(row)}
                </td>
              ))}
              {actions && <td role="cell">{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * One column per period (a quarter) of counts the API may have suppressed, in
 * the periods' order: a row's counts stand in the same order as the periods.
 */
export function periodColumns<Row extends { counts: readonly (number | null)[] }>(
  periods: readonly string[],
  header: (period: string) => string,
): Column<Row>[] {
  return periods.map((period, i) => ({ header: header(period), cell: (row) => <SmallNumber count={row.counts[i]} /> }));
}
