import { ValueChildData, withConcerns } from './value-child';

/**
 * The 14 subwaarden of Tabel 5. Definitions follow the report's narrative
 * (research notes §1.3); prompts are open questions phrased from it.
 */
const SUB_VALUE_DATA = [
  {
    id: 'being_oneself',
    kind: 'sub_value',
    valueId: 'feeling_at_home',
    name: { nl: 'Zichzelf zijn', en: 'Being oneself' },
    definition: {
      nl: 'Geaccepteerd worden zoals je bent: er is voor iedereen een plek om zichzelf te kunnen zijn ("hier ben ik iemand").',
      en: 'Being accepted as you are: there is a place for everyone to be themselves ("here I am someone").',
    },
    prompts: [
      {
        nl: 'Waar mocht deze persoon zijn wie hij of zij is, en waar niet?',
        en: 'Where could this person be who they are, and where not?',
      },
    ],
  },
  {
    id: 'safety_and_security',
    kind: 'sub_value',
    valueId: 'feeling_at_home',
    name: { nl: 'Veiligheid en geborgenheid', en: 'Safety and security' },
    definition: {
      nl: 'Zich veilig en geborgen voelen draagt bij aan het thuisgevoel.',
      en: 'Feeling safe and secure adds to the feeling of being at home.',
    },
    prompts: [
      {
        nl: 'Waaraan merk je dat iemand zich hier veilig en geborgen voelt?',
        en: 'How can you tell that someone feels safe and secure here?',
      },
    ],
  },
  {
    id: 'seen_heard_known',
    kind: 'sub_value',
    valueId: 'being_a_person',
    name: { nl: 'Gezien, gehoord en gekend voelen', en: 'Feeling seen, heard and known' },
    definition: {
      nl: 'Zorgverleners kijken, luisteren en hebben oprechte interesse in de mens met de zorgvraag.',
      en: 'Carers look, listen and take a genuine interest in the person with the care need.',
    },
    prompts: [
      {
        nl: 'Voelde deze persoon zich gezien, gehoord en gekend? Waaraan zie je dat?',
        en: 'Did this person feel seen, heard and known? How can you tell?',
      },
    ],
  },
  {
    id: 'reciprocity',
    kind: 'sub_value',
    valueId: 'being_a_person',
    name: { nl: 'Wederkerigheid', en: 'Reciprocity' },
    definition: {
      nl: 'Zorgverleners laten ook iets van zichzelf zien, waardoor er wederkerigheid in het contact ontstaat.',
      en: 'Carers also show something of themselves, so the contact becomes mutual.',
    },
    prompts: [
      {
        nl: 'Wat gaf de ander ons terug, en wat lieten wij van onszelf zien?',
        en: 'What did the other give back to us, and what did we show of ourselves?',
      },
    ],
  },
  {
    id: 'togetherness',
    kind: 'sub_value',
    valueId: 'being_together',
    name: { nl: 'Saamhorigheid', en: 'Togetherness' },
    definition: {
      nl: 'Een omgeving waar saamhorigheid is en die voelt als samen-zijn: "het voelt als familie".',
      en: 'A setting with a sense of togetherness that feels like being together: "it feels like family".',
    },
    prompts: [{ nl: 'Waar voelde het als samen, als familie?', en: 'Where did it feel like being together, like family?' }],
  },
  {
    id: 'involvement',
    kind: 'sub_value',
    valueId: 'being_together',
    name: { nl: 'Betrokkenheid', en: 'Involvement' },
    definition: {
      nl: 'Verbondenheid: mensen met een zorgvraag ervaren dat ze ertoe doen en dat er met ze wordt meegedacht; naasten voelen zich welkom, gehoord en gezien en kunnen op verhaal komen.',
      en: 'Connectedness: people with a care need feel they matter and are thought along with; relatives feel welcome, heard and seen, and have room to tell their story.',
    },
    prompts: [
      {
        nl: 'Wie dacht er mee, en voelden naasten zich welkom en gehoord?',
        en: 'Who thought along, and did relatives feel welcome and heard?',
      },
    ],
  },
  {
    id: 'just_doing',
    kind: 'sub_value',
    valueId: 'doing_what_is_needed',
    name: { nl: 'Gewoon doen', en: 'Just doing' },
    definition: {
      nl: 'Gewoon doen levert mooie en onverwachte dingen op, zoals iemand in een rolstoel die de shovel en de zitmaaier bestuurt.',
      en: 'Simply doing leads to fine and unexpected things, such as a wheelchair user driving the shovel and the ride-on mower.',
    },
    prompts: [{ nl: 'Wat deden we gewoon, ook al was het ongebruikelijk?', en: 'What did we simply do, even though it was unusual?' }],
  },
  {
    id: 'taking_part',
    kind: 'sub_value',
    valueId: 'doing_what_is_needed',
    name: { nl: 'Mee doen', en: 'Taking part' },
    definition: {
      nl: 'Meedoen als mens tussen de mensen, in de samenleving.',
      en: 'Taking part as a person among people, in society.',
    },
    prompts: [
      { nl: 'Waar kon deze persoon meedoen als mens tussen de mensen?', en: 'Where could this person take part as a person among people?' },
    ],
  },
  {
    id: 'responsibility',
    kind: 'sub_value',
    valueId: 'steering_together',
    name: { nl: 'Verantwoordelijkheid', en: 'Responsibility' },
    definition: {
      nl: 'Door samen te sturen ervaren zorgverleners handelingsvrijheid en nemen en dragen zij verantwoordelijkheid; er is onderlinge afstemming en zij spreken elkaar aan.',
      en: 'Steering together gives carers freedom to act, so they take and carry responsibility; they coordinate and hold each other to account.',
    },
    prompts: [
      {
        nl: 'Wie nam hier verantwoordelijkheid, en spreken we elkaar aan?',
        en: 'Who took responsibility here, and do we hold each other to account?',
      },
    ],
  },
  {
    id: 'loyalty',
    kind: 'sub_value',
    valueId: 'steering_together',
    name: { nl: 'Loyaliteit', en: 'Loyalty' },
    definition: {
      nl: 'Loyaliteit naar elkaar, de organisatie en de mensen met een zorgvraag: diensten ruilen, invallen bij ziekte, langer blijven als het nodig is.',
      en: 'Loyalty to each other, the organisation and the people with a care need: swapping shifts, covering for illness, staying longer when needed.',
    },
    prompts: [{ nl: 'Waar vingen we elkaar op?', en: 'Where did we catch each other?' }],
  },
  {
    id: 'decisiveness',
    kind: 'sub_value',
    valueId: 'steering_together',
    name: { nl: 'Daadkracht', en: 'Decisiveness' },
    definition: {
      nl: 'Korte lijnen maken snelle beslissingen mogelijk, zodat situaties snel worden opgelost.',
      en: 'Short lines make quick decisions possible, so situations are resolved quickly.',
    },
    prompts: [{ nl: 'Hoe snel werd er besloten en gehandeld?', en: 'How quickly was a decision made and acted on?' }],
  },
  {
    id: 'job_satisfaction',
    kind: 'sub_value',
    valueId: 'steering_together',
    name: { nl: 'Werkplezier', en: 'Job satisfaction' },
    definition: {
      nl: '"Het is gewoon fijn hier te werken": bewoners merken het, en het gaat samen met weinig verzuim en verloop.',
      en: '"It is simply good to work here": residents notice it, and it goes with little absence and staff turnover.',
    },
    prompts: [
      { nl: 'Wat geeft ons hier werkplezier, en wat haalt het weg?', en: 'What gives us joy in our work here, and what takes it away?' },
    ],
  },
  {
    id: 'homeliness',
    kind: 'sub_value',
    valueId: 'ordinary_surroundings',
    name: { nl: 'Huiselijkheid', en: 'Homeliness' },
    definition: {
      nl: 'Een eigen woonruimte, ingericht naar eigen smaak; geen apart kantoor, want het contact met mensen gaat voor de taken.',
      en: "A living space of one's own, furnished to one's own taste; no separate office, because contact with people comes before tasks.",
    },
    prompts: [
      { nl: 'Mag iedereen zijn eigen plek naar eigen smaak inrichten?', en: 'May everyone furnish their own place to their own taste?' },
    ],
  },
  {
    id: 'freedom_of_choice',
    kind: 'sub_value',
    valueId: 'ordinary_surroundings',
    name: { nl: 'Keuzevrijheid', en: 'Freedom of choice' },
    definition: {
      nl: 'Een daginvulling die past bij wensen, mogelijkheden en voorkeuren, en een vrije keuze van de woonplek (dicht bij familie, een winkel, een kerk, op het platteland).',
      en: 'A daily routine that fits wishes, abilities and preferences, and a free choice of where to live (near family, a shop, a church, in the countryside).',
    },
    prompts: [
      {
        nl: 'Wie koos deze plek en deze daginvulling: de persoon zelf of een ander?',
        en: 'Who chose this place and this daily routine: the person or someone else?',
      },
    ],
  },
] as const satisfies readonly ValueChildData[];

export const SUB_VALUES = withConcerns(SUB_VALUE_DATA);
