import { ValueChildData, withConcerns } from './value-child';

/**
 * The 21 bevorderende factoren of Tabel 5: what helps a value come about.
 * Definitions follow the report's narrative (research notes §1.3).
 */
const FACTOR_DATA = [
  // 1. Thuis voelen
  {
    id: 'informal_care',
    kind: 'factor',
    valueId: 'feeling_at_home',
    name: { nl: 'Ongedwongen zorg', en: 'Informal care' },
    definition: {
      nl: 'On-gemanagede zorg: mensen bepalen hun eigen levensritme, kiezen wie hun begeleider is, en er zijn zo min mogelijk regels, alleen afspraken zoals thuis.',
      en: 'Unmanaged care: people set their own rhythm of life, choose their carer, and there are as few rules as possible, only arrangements as at home.',
    },
    prompts: [
      { nl: 'Welke regel is niet nodig en kan worden opgeheven?', en: 'Which rule is not needed and can be dropped?' },
      { nl: 'Bepaalt deze persoon zijn eigen ritme?', en: 'Does this person set their own rhythm?' },
    ],
  },
  {
    id: 'everyday_life',
    kind: 'factor',
    valueId: 'feeling_at_home',
    name: { nl: 'Alledaagsheid', en: 'Everyday life' },
    definition: {
      nl: 'Aandacht voor het gewone leven: gewoon menselijk contact, een kopje koffie, een praatje, samen de tafel dekken en lunchen; "het gewone leven zonder sticker".',
      en: 'Attention to ordinary life: plain human contact, a cup of coffee, a chat, laying the table and having lunch together; "ordinary life without a label".',
    },
    prompts: [{ nl: 'Welke kleine, alledaagse dingen deden we samen?', en: 'Which small, everyday things did we do together?' }],
  },
  // 2. Mens-zijn
  {
    id: 'diversity',
    kind: 'factor',
    valueId: 'being_a_person',
    name: { nl: 'Diversiteit', en: 'Diversity' },
    definition: {
      nl: 'Ruimte voor verschil, waardoor mensen mens kunnen zijn: "we hebben een beperking, maar we zijn mensen".',
      en: 'Room for difference, so that people can be people: "we have a disability, but we are people".',
    },
    prompts: [{ nl: 'Is er ruimte voor verschil tussen de mensen hier?', en: 'Is there room for difference between the people here?' }],
  },
  {
    id: 'person_centred',
    kind: 'factor',
    valueId: 'being_a_person',
    name: { nl: 'Mensgericht', en: 'Person-centred' },
    definition: {
      nl: 'De zorg wordt rond de persoon georganiseerd, minder rond indicaties of uren: "zij heeft een leven in plaats van dat ze in leven gehouden wordt".',
      en: 'Care is organised around the person rather than around assessments or hours: "she has a life instead of being kept alive".',
    },
    prompts: [
      {
        nl: 'Was de zorg rond deze persoon georganiseerd, of rond de indicatie?',
        en: 'Was the care organised around this person, or around the assessment?',
      },
    ],
  },
  {
    id: 'life_story',
    kind: 'factor',
    valueId: 'being_a_person',
    name: { nl: 'Levensverhaal', en: 'Life story' },
    definition: {
      nl: 'Luisteren naar de levensgeschiedenis om aan te sluiten bij wat belangrijk en van waarde is, of wat is geschonden; zo krijgt het levensverhaal gewicht en ontstaat een nieuw hoofdstuk.',
      en: 'Listening to the life history to connect with what matters and is of value, or what has been damaged; the life story gains weight and a new chapter begins.',
    },
    prompts: [
      {
        nl: 'Wat weten we van het levensverhaal, en wat doen we ermee?',
        en: 'What do we know of the life story, and what do we do with it?',
      },
    ],
  },
  {
    id: 'moving_along',
    kind: 'factor',
    valueId: 'being_a_person',
    name: { nl: 'Mee bewegen', en: 'Moving along' },
    definition: {
      nl: 'Meebewegen met wat de persoon nu nodig heeft, zodat hij kan blijven wonen als de zorgvraag toeneemt; de zorgverlener blijft naast de zorgvrager staan.',
      en: 'Moving with what the person needs now, so they can stay when their care needs grow; the carer keeps standing beside them.',
    },
    prompts: [{ nl: 'Hoe bewegen we mee als de zorgvraag toeneemt?', en: 'How do we move along when the need for care grows?' }],
  },
  // 3. Samen-zijn
  {
    id: 'compassion',
    kind: 'factor',
    valueId: 'being_together',
    name: { nl: 'Ontferming', en: 'Compassion' },
    definition: {
      nl: 'Omkijken naar elkaar, elkaar echt zien staan en zich over elkaar ontfermen, zoals de buurman brood brengen of iemands hond uitlaten.',
      en: "Looking out for each other, truly seeing each other and taking care of one another, like bringing the neighbour bread or walking someone's dog.",
    },
    prompts: [{ nl: 'Waar keken mensen hier naar elkaar om?', en: 'Where did people here look out for each other?' }],
  },
  {
    id: 'activities',
    kind: 'factor',
    valueId: 'being_together',
    name: { nl: 'Activiteiten', en: 'Activities' },
    definition: {
      nl: 'Samen koffiedrinken, verjaardagen vieren, naar de markt, samen koken en eten, "als ik dit wil".',
      en: 'Coffee together, birthdays, going to the market, cooking and eating together, "if I want to".',
    },
    prompts: [
      {
        nl: 'Welke activiteiten deden we samen, en kon iemand ook nee zeggen?',
        en: 'Which activities did we do together, and could someone also say no?',
      },
    ],
  },
  {
    id: 'network',
    kind: 'factor',
    valueId: 'being_together',
    name: { nl: 'Netwerk', en: 'Network' },
    definition: {
      nl: 'Naasten zijn betrokken, worden op de hoogte gehouden, delen in feesten en rouw, en helpen soms als vrijwilliger mee.',
      en: 'Relatives are involved, kept informed, share in celebrations and mourning, and sometimes help as volunteers.',
    },
    prompts: [{ nl: 'Hoe betrekken we naasten bij het dagelijks leven?', en: 'How do we involve relatives in everyday life?' }],
  },
  // 4. Doen wat nodig is
  {
    id: 'thinking_in_possibilities',
    kind: 'factor',
    valueId: 'doing_what_is_needed',
    name: { nl: 'Denken in mogelijkheden', en: 'Thinking in possibilities' },
    definition: {
      nl: 'Denken in mogelijkheden en vooral doen; dat vraagt een ja-cultuur.',
      en: 'Thinking in possibilities and above all doing; it takes a culture of saying yes.',
    },
    prompts: [{ nl: 'Waar zeiden we ja, en waar nee?', en: 'Where did we say yes, and where no?' }],
  },
  {
    id: 'versatility',
    kind: 'factor',
    valueId: 'doing_what_is_needed',
    name: { nl: 'Veelzijdigheid', en: 'Versatility' },
    definition: {
      nl: 'Een breed takenpakket vraagt veelzijdigheid van zorgverleners.',
      en: 'A broad range of tasks asks versatility of carers.',
    },
    prompts: [
      {
        nl: 'Welke vaardigheden zetten we in die in geen functieomschrijving staan?',
        en: 'Which skills do we use that are in no job description?',
      },
    ],
  },
  {
    id: 'all_tasks',
    kind: 'factor',
    valueId: 'doing_what_is_needed',
    name: { nl: 'Alle werkzaamheden', en: 'All tasks' },
    definition: {
      nl: 'Zorgverleners doen alle voorkomende werkzaamheden: huishoudelijke klusjes, ondersteuning, gezamenlijke activiteiten, samen kletsen en theedrinken, verzorgende taken.',
      en: 'Carers do every task that comes up: household chores, support, shared activities, chatting and drinking tea together, personal care.',
    },
    prompts: [
      {
        nl: 'Welke taken lieten we liggen omdat ze "niet bij ons werk horen"?',
        en: 'Which tasks did we leave because they are "not our job"?',
      },
    ],
  },
  {
    id: 'independence',
    kind: 'factor',
    valueId: 'doing_what_is_needed',
    name: { nl: 'Zelfstandigheid', en: 'Independence' },
    definition: {
      nl: 'Zorgverleners werken zelfstandig en creatief: zij vinden zelf een oplossing als die nodig is.',
      en: 'Carers work independently and creatively: they find a solution themselves when one is needed.',
    },
    prompts: [{ nl: 'Waar vonden we zelfstandig een creatieve oplossing?', en: 'Where did we find a creative solution on our own?' }],
  },
  // 5. Samen-sturen
  {
    id: 'simple_structure',
    kind: 'factor',
    valueId: 'steering_together',
    name: { nl: 'Eenvoud in organisatiestructuur', en: 'Simple organisational structure' },
    definition: {
      nl: 'Weinig lagen en een eenvoudige organisatie, zodat beslissingen dicht bij de zorg genomen worden.',
      en: 'Few layers and a simple organisation, so decisions are made close to the care.',
    },
    prompts: [
      {
        nl: 'Hoeveel stappen zaten er tussen de vraag en het besluit?',
        en: 'How many steps were there between the question and the decision?',
      },
    ],
  },
  {
    id: 'small_fixed_team',
    kind: 'factor',
    valueId: 'steering_together',
    name: { nl: 'Klein vast team', en: 'Small fixed team' },
    definition: {
      nl: 'Vertrouwde gezichten en weinig personeelswisselingen geven een gevoel van veiligheid.',
      en: 'Familiar faces and few staff changes give a sense of safety.',
    },
    prompts: [
      {
        nl: 'Kent het team de bewoners, en kennen de bewoners het team?',
        en: 'Does the team know the residents, and do the residents know the team?',
      },
    ],
  },
  {
    id: 'short_lines',
    kind: 'factor',
    valueId: 'steering_together',
    name: { nl: 'Korte lijntjes', en: 'Short lines' },
    definition: {
      nl: 'Op loopafstand, dezelfde dag teruggebeld, snel schakelen.',
      en: 'Within walking distance, called back the same day, switching quickly.',
    },
    prompts: [{ nl: 'Hoe snel konden we schakelen, en met wie?', en: 'How quickly could we act, and with whom?' }],
  },
  {
    id: 'freedom_to_act',
    kind: 'factor',
    valueId: 'steering_together',
    name: { nl: 'Handelingsvrijheid', en: 'Freedom to act' },
    definition: {
      nl: 'Ruimte om zelf te handelen en regie te voeren; zorgverleners zoeken hier de menselijke maat.',
      en: 'Room to act and take charge; carers come here looking for the human scale.',
    },
    prompts: [{ nl: 'Welke ruimte hadden we om zelf te handelen?', en: 'What room did we have to act ourselves?' }],
  },
  {
    id: 'innovative',
    kind: 'factor',
    valueId: 'steering_together',
    name: { nl: 'Innovatief', en: 'Innovative' },
    definition: {
      nl: 'Zorgondernemers zijn innovatief en borgen hun manier van denken en werken door intrinsieke gedrevenheid en doordat zij zelf meewerken in de zorg.',
      en: 'Care entrepreneurs are innovative and safeguard their way of thinking and working through inner drive and by working in the care themselves.',
    },
    prompts: [
      {
        nl: 'Wat hebben we nieuw geprobeerd, en wat leerden we ervan?',
        en: 'What did we try that was new, and what did we learn from it?',
      },
    ],
  },
  // 6. Gewone omgeving
  {
    id: 'ordinary_house',
    kind: 'factor',
    valueId: 'ordinary_surroundings',
    name: { nl: 'Gewone woning', en: 'Ordinary house' },
    definition: {
      nl: 'Een woning met een gewoon uiterlijk, in een gewone straat, een stad of op een boerderij, zonder bord dat aangeeft dat het een instelling is.',
      en: 'A house that looks ordinary, in an ordinary street, a town or on a farm, with no sign saying it is an institution.',
    },
    prompts: [{ nl: 'Ziet dit eruit als een gewoon huis?', en: 'Does this look like an ordinary house?' }],
  },
  {
    id: 'ordinary_work',
    kind: 'factor',
    valueId: 'ordinary_surroundings',
    name: { nl: 'Gewoon werk', en: 'Ordinary work' },
    definition: {
      nl: 'Dagbesteding als gewoon werk: een lunchroom, ezels verzorgen, honden uitlaten, vakken vullen, een moestuin.',
      en: 'Day activities as ordinary work: a lunchroom, caring for donkeys, walking dogs, stacking shelves, a vegetable garden.',
    },
    prompts: [{ nl: 'Is het werk hier gewoon werk dat ertoe doet?', en: 'Is the work here ordinary work that matters?' }],
  },
  {
    id: 'ordinary_furnishing',
    kind: 'factor',
    valueId: 'ordinary_surroundings',
    name: { nl: 'Gewone inrichting', en: 'Ordinary furnishing' },
    definition: {
      nl: 'Ingericht als een gewoon huis: eigen meubels, een gedeeld toilet "net als thuis", geen apart kantoor; rapporteren doe je op de laptop in de huiskamer.',
      en: 'Furnished like an ordinary house: own furniture, a shared toilet "just like at home", no separate office; reports are written on a laptop in the living room.',
    },
    prompts: [
      {
        nl: 'Waar verraadt de inrichting dat dit een zorgplek is?',
        en: 'Where does the furnishing give away that this is a care setting?',
      },
    ],
  },
] as const satisfies readonly ValueChildData[];

export const FACTORS = withConcerns(FACTOR_DATA);
