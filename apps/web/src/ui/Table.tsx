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
}

/** A list of things with a few facts each (people, invitations, participants) that scrolls sideways on a phone. */
export function Table<Row>({ label, rows, rowKey, columns, actions }: TableProps<Row>) {
  const { t } = useTranslation();
  const [first, ...rest] = columns;
  return (
    <TableWrap label={label}>
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('fields.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row" className={first.className}>
                {first.cell(row)}
              </th>
              {rest.map((column) => (
                <td key={column.header} className={column.className}>
                  {column.cell(row)}
                </td>
              ))}
              {actions && <td>{actions(row)}</td>}
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
