import { useState } from 'react';
import { Button } from '../ui/Button';
import { SelectField } from '../ui/Field';
import { useLocalized } from '../i18n/localized';
import type { PhaseBlock } from './method-draft';
import { useTexts } from './texts';

/** Picks a block (tell, vote, harvest, …); its description says what the phase collects. */
export function AddPhase({ blocks, onAdd }: { blocks: readonly PhaseBlock[]; onAdd: (block: PhaseBlock) => void }) {
  const { t } = useTexts();
  const local = useLocalized();
  const [kind, setKind] = useState(blocks[0]?.kind ?? '');
  const block = blocks.find((b) => b.kind === kind);
  return (
    <div className="subsection add-phase">
      <h3>{t('methods.builder.addTitle')}</h3>
      <SelectField
        label={t('methods.builder.addKind')}
        hint={block && local(block.description)}
        value={kind}
        onChange={(value) => setKind(value as PhaseBlock['kind'])}
        options={blocks.map((b) => ({ value: b.kind, label: local(b.label) }))}
      />
      <Button variant="secondary" onClick={() => block && onAdd(block)}>
        {t('methods.builder.addSubmit')}
      </Button>
    </div>
  );
}
