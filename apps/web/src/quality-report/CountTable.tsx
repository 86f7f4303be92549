import type { HiddenNumber } from '../graphql/generated';
import { ComplementNote, SmallNumber } from '../ui/SmallNumber';
import { TableWrap } from '../ui/TableWrap';

interface Count {
  label: string;
  /** Null: suppressed, fewer than the minimum group size, or hidden with one that is (countHidden says which). */
  count: number | null;
  countHidden?: HiddenNumber | null;
}

/** Counts as a small table: context for the story, never a score. */
export function CountTable({
  caption,
  labelHeader,
  countHeader,
  rows,
}: {
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: readonly Count[];
}) {
  return (
    <>
      <TableWrap label={caption}>
        <table className="count-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{countHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>
                  <SmallNumber count={row.count} hidden={row.countHidden} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ComplementNote shown={rows.some((row) => row.countHidden === 'complement')} />
    </>
  );
}
