import { LocalizedText } from '../values/localized-text';

/** What two organisations have seen of each other, as the matcher found it. */
export interface PairHistory {
  readonly times: number;
  /** Whole months since they last met; null when they never met. */
  readonly monthsAgo: number | null;
  /** Met within the months the coordinator asked to avoid repeats for. */
  readonly recent: boolean;
}

export interface GroupFacts {
  /** In visiting order: each visits the next, the last visits the first. */
  readonly names: readonly string[];
  readonly pairs: readonly { readonly a: string; readonly b: string; readonly history: PairHistory }[];
  readonly participants: number;
  readonly monthsWithoutRepeat: number;
}

function both(nl: string, en: string): LocalizedText {
  return { nl, en };
}

function concat(texts: LocalizedText[]): LocalizedText {
  return { nl: texts.map((t) => t.nl).join(' '), en: texts.map((t) => t.en).join(' ') };
}

function pairSentence({ a, b, history }: GroupFacts['pairs'][number], window: number): LocalizedText {
  if (history.monthsAgo === null)
    return both(`${a} en ${b} hebben elkaar nog niet eerder bezocht.`, `${a} and ${b} have not visited each other before.`);
  if (history.recent) {
    return both(
      `${a} en ${b} zagen elkaar ${history.monthsAgo} maanden geleden nog, binnen de ${window} maanden waarin we liever nieuwe partners kiezen; met de anderen in deze ronde was geen combinatie zonder herhaling mogelijk.`,
      `${a} and ${b} met ${history.monthsAgo} months ago, within the ${window} months in which new partners are preferred; no combination without a repeat was possible with the others in this round.`,
    );
  }
  return both(
    `${a} en ${b} bezochten elkaar voor het laatst ${history.monthsAgo} maanden geleden (${history.times} keer in totaal).`,
    `${a} and ${b} last visited each other ${history.monthsAgo} months ago (${history.times} times in all).`,
  );
}

/** Why Kring proposes this group, in plain words for the coordinator and the entrepreneurs. */
export function explainGroup(facts: GroupFacts): LocalizedText {
  const [a, b, c] = facts.names;
  const shape =
    facts.names.length === 2
      ? both(
          `${a} en ${b} bezoeken elkaar over en weer: ieder is één keer gastheer en één keer bezoeker.`,
          `${a} and ${b} visit each other in turn: each hosts once and visits once.`,
        )
      : concat([
          both(
            `Een drietal: ${a} bezoekt ${b}, ${b} bezoekt ${c} en ${c} bezoekt ${a}. Zo is ieder één keer gastheer en één keer bezoeker.`,
            `A triad: ${a} visits ${b}, ${b} visits ${c} and ${c} visits ${a}. So each hosts once and visits once.`,
          ),
          facts.participants % 2 === 1
            ? both(
                `Er doen ${facts.participants} organisaties mee, een oneven aantal, dus één groep is een drietal.`,
                `${facts.participants} organisations take part, an odd number, so one group is a triad.`,
              )
            : both(
                'Een drietal, omdat paren hier een recent bezoek of een afgeslagen combinatie zouden herhalen.',
                'A triad, because pairs would have repeated a recent visit or a declined combination here.',
              ),
        ]);
  return concat([shape, ...facts.pairs.map((p) => pairSentence(p, facts.monthsWithoutRepeat))]);
}

export function explainUnmatched(name: string, participants: number): LocalizedText {
  return participants < 2
    ? both(
        `${name} is de enige deelnemer in deze ronde; er is niemand om mee te koppelen.`,
        `${name} is the only participant in this round; there is no one to match with.`,
      )
    : both(
        `${name} kon in deze ronde niet gekoppeld worden: met de overgebleven organisaties was geen voorstel mogelijk (een voorstel werd afgeslagen). De coördinator kan een nieuwe ronde starten of zelf een bezoek afspreken.`,
        `${name} could not be matched in this round: no proposal was possible with the remaining organisations (a proposal was declined). The coordinator can start a new round, or a visit can be arranged directly.`,
      );
}
