/**
 * Prints every text field Kring accepts and how the content guard treats it
 * (issue #9): the GraphQL input fields and arguments, read from their
 * declarations (@GuardedText, @BsnOnlyText, @UnguardedText), and the fields
 * of the live commands of both rooms, read from their catalogues. Then every
 * number Kring hands out and whether the small-number rule suppresses it
 * (@SuppressedNumber, @UnsuppressedNumber), and every list of suppressed
 * counts with the total it adds up to or why it stands alone. Exemptions
 * come with their reason. For the closing note of a release:
 *
 *   node -r ./tests/bench/swc-register.js scripts/list-text-guards.ts
 */
import { LIVE_COMMAND_TEXT_GUARDS, MIRROR_COMMAND_TEXT_GUARDS, TextFieldDeclaration } from '@kring/domain';
import { FEATURE_MODULES } from '../apps/api/src/app.module';
import { buildFeatureSchema } from '../apps/api/src/engine/graphql/schema-printer';
import {
  listNumberFields,
  listPartsFields,
  NumberFieldEntry,
  PartsListEntry,
} from '../apps/api/src/engine/privacy/small-numbers.catalogue';
import { listTextFields } from '../apps/api/src/engine/privacy/text-guard.catalogue';
import type { TextGuardDeclaration } from '../apps/api/src/engine/privacy/text-guard.decorators';

const MODE_LABELS = { full: 'guarded (BSN refused, other details to confirm)', bsn_only: 'BSN only', none: 'exempt' } as const;

function line(coordinate: string, declaration: TextFieldDeclaration | TextGuardDeclaration | undefined): string {
  if (!declaration) return `  ${coordinate} — NOT DECLARED`;
  const reason = declaration.reason ? `: ${declaration.reason}` : '';
  // The panel's advice beside the findings follows the declaration: the pseudonym only where the context has one.
  const advice =
    declaration.mode !== 'full'
      ? ''
      : typeof declaration.pseudonym === 'object'
        ? `, advice: use the pseudonym when ${declaration.pseudonym.whenSet} is set, else describe without names`
        : declaration.pseudonym === 'room'
          ? ', advice: use the pseudonym when the room is about a case, else describe without names'
          : declaration.pseudonym
            ? ', advice: use the pseudonym'
            : ', advice: describe without names';
  return `  ${coordinate} — ${MODE_LABELS[declaration.mode]}${advice}${reason}`;
}

function catalogueLines(room: string, catalogue: Readonly<Record<string, Readonly<Record<string, TextFieldDeclaration>>>>): string[] {
  return Object.entries(catalogue).flatMap(([type, fields]) =>
    Object.entries(fields).map(([field, declaration]) => line(`${room}.${type}.${field}`, declaration)),
  );
}

function numberLine({ coordinate, type, declaration }: NumberFieldEntry): string {
  if (!declaration) return `  ${coordinate}: ${type} — NOT DECLARED`;
  return `  ${coordinate}: ${type} — ${declaration.suppressed ? 'suppressed under 5' : `shown as it is: ${declaration.reason}`}`;
}

function partsLine({ coordinate, itemType, group }: PartsListEntry): string {
  if (!group) return `  ${coordinate}: [${itemType}] — NOT DECLARED`;
  return `  ${coordinate}: [${itemType}] — ${'total' in group ? `grouped: adds up to ${group.total}` : `standalone: ${group.standalone}`}`;
}

async function main(): Promise<void> {
  const schema = await buildFeatureSchema(FEATURE_MODULES);
  const fields = listTextFields(schema);
  const numbers = listNumberFields(schema);
  const parts = listPartsFields(schema);
  const sections: [string, string[]][] = [
    ['GraphQL input fields and arguments', fields.map((f) => line(f.coordinate, f.declaration))],
    ['Live case session commands', catalogueLines('session', LIVE_COMMAND_TEXT_GUARDS)],
    ['Live mirror conversation commands', catalogueLines('mirror', MIRROR_COMMAND_TEXT_GUARDS)],
    ['Numbers in GraphQL answers (small-number rule)', numbers.map(numberLine)],
    ['Lists of suppressed counts (hidden by subtraction too)', parts.map(partsLine)],
  ];
  for (const [title, lines] of sections) {
    const order = (l: string) =>
      l.includes('— guarded') || l.includes('— suppressed') || l.includes('— grouped') ? 0 : l.includes('— BSN only') ? 1 : 2;
    console.log(`\n${title} (${lines.length})\n${[...lines].sort((a, b) => order(a) - order(b) || a.localeCompare(b)).join('\n')}`);
  }
  const missing = [...fields, ...numbers].filter((f) => !f.declaration).length + parts.filter((p) => !p.group).length;
  if (missing > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
