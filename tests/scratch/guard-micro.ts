import { judgeContent } from '@kring/domain';
import { findIdentifyingDetails } from '../../libs/domain/src/privacy/identifying-details';
import { detectEscalationSignals } from '../../libs/domain/src/privacy/escalation';
const people: string[] = [];
for (let s = 0; s < 50; s++) for (let i = 1; i <= 20; i++) people.push(`Deelnemer ${i}`);
const names = { people, allowed: [] };
const texts = (n: number) => [{ field: 'body', text: `Bijdrage nr${n} van 3fa2b1c9: wat ik zou doen.`, pseudonym: true }];
for (let i = 0; i < 20000; i++) judgeContent(texts(i), names);
function time(label: string, f: (i: number) => void) {
  const N = 50000; const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) f(i);
  console.log(label, (Number(process.hrtime.bigint() - t) / N / 1000).toFixed(1), 'µs');
}
time('judgeContent', (i) => judgeContent(texts(i), names));
time('escalation', (i) => (detectEscalationSignals as any)(`Bijdrage nr${i} van 3fa2b1c9: wat ik zou doen.`));
