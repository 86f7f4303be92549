import { lensChange, type ListChange, type ObservationLens } from '@kring/domain';
import type { ReactNode } from 'react';
import type { LensPartsFragment } from '../graphql/generated';
import { useLocalized } from '../i18n/localized';
import { MIRROR_THEME_NAMES, VALUE_NAMES } from '../peer-visits';
import './learning-networks.css';
import { useTexts } from './texts';

/** A lens as the domain compares it. */
export function asLens(lens: Pick<LensPartsFragment, 'purpose' | 'valueIds' | 'mirrorThemeIds' | 'questions'>): ObservationLens {
  return lens as unknown as ObservationLens;
}

/** "Versie 3", or the name of Kring's starting lens for version 0. */
export function useVersionLabel(): (version: number) => string {
  const { t } = useTexts();
  return (version) => (version === 0 ? t('network.lens.starting') : t('network.lens.version', { version }));
}

/** Items of a list in one column: what goes is struck through in the old one, what comes is marked in the new one. */
function Items({ change, side, name }: { change: ListChange<string>; side: 'before' | 'after'; name: (id: string) => string }) {
  const { t } = useTexts();
  const marked = side === 'before' ? change.removed : change.added;
  const items = side === 'before' ? [...change.kept, ...change.removed] : [...change.kept, ...change.added];
  if (items.length === 0) return <>—</>;
  return (
    <ul className="lens-change__items">
      {items.map((item) =>
        marked.includes(item) ? (
          <li key={item}>
            {side === 'before' ? <del>{name(item)}</del> : <ins>{name(item)}</ins>}
            <span className="lens-change__mark">
              {' '}
              ({side === 'before' ? t('network.lens.change.removed') : t('network.lens.change.added')})
            </span>
          </li>
        ) : (
          <li key={item}>{name(item)}</li>
        ),
      )}
    </ul>
  );
}

/**
 * A lens change side by side: the version it starts from and the proposed
 * (or next) version, field by field, with what comes in and what goes
 * marked — so the coordinator reads the change itself, not only its reason.
 */
export function LensChange({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: LensPartsFragment;
  after: ObservationLens;
  beforeLabel: string;
  afterLabel: string;
}) {
  const { t } = useTexts();
  const local = useLocalized();
  const change = lensChange(asLens(before), after);
  if (change.unchanged) return <p className="muted">{t('network.lens.change.none')}</p>;
  const value = (id: string) => local(VALUE_NAMES.get(id)!);
  const theme = (id: string) => local(MIRROR_THEME_NAMES.get(id)!);
  const same = (id: string) => id;
  const row = (label: string, old: ReactNode, next: ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{old}</td>
      <td>{next}</td>
    </tr>
  );
  return (
    <table className="lens-change">
      <caption className="visually-hidden">{t('network.lens.change.caption')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {row(
          t('network.lens.purpose'),
          change.purposeChanged ? <del>{before.purpose}</del> : before.purpose,
          change.purposeChanged ? <ins>{after.purpose}</ins> : <span className="muted">{t('network.lens.change.unchanged')}</span>,
        )}
        {row(
          t('network.lens.values'),
          <Items change={change.valueIds} side="before" name={value} />,
          <Items change={change.valueIds} side="after" name={value} />,
        )}
        {row(
          t('network.lens.themes'),
          <Items change={change.mirrorThemeIds} side="before" name={theme} />,
          <Items change={change.mirrorThemeIds} side="after" name={theme} />,
        )}
        {row(
          t('network.lens.questions'),
          <Items change={change.questions} side="before" name={same} />,
          <Items change={change.questions} side="after" name={same} />,
        )}
      </tbody>
    </table>
  );
}
