import { LocalizedText } from '@kring/domain';

/**
 * The mail to each entrepreneur of an organisation in a new visit proposal:
 * the matcher's explanation in Dutch, where to answer, and the explanation in
 * English (an entrepreneur's language is not looked up for a network mail).
 */
export function proposalMail(explanation: LocalizedText, visitsLink: string): { subject: string; body: string } {
  return {
    subject: 'Voorstel voor een collegiale visitatie',
    body: `Kring stelt een visitatie voor in jullie lerend netwerk.\n\n${explanation.nl}\n\nNeem het voorstel aan of sla het af bij Visitaties: ${visitsLink}\n\n(English: ${explanation.en})`,
  };
}
