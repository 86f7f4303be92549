import fs from 'node:fs';
import type { EmbeddedDatabase } from '../../apps/api/src/engine/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__kringTestDb as { db: EmbeddedDatabase; dir: string } | undefined;
  if (!state) return;
  await state.db.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
}
