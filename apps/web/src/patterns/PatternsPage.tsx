import {
  FINDING_TYPE_DIRECTION,
  FINDING_TYPES,
  MIRROR_CONSENT_SCOPE_LABELS,
  PATTERN_SOURCE_RULES,
  relativeTagsCount,
  TAG_DIRECTION_LABELS,
  TAG_DIRECTIONS,
  type PatternLevel,
  type TagDirection,
} from '@kring/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';
import { NetworkValuePatternsDocument, ValuePatternsDocument } from '../graphql/documents/patterns';
import { LearningOrganisationDocument } from '../graphql/documents/practices';
import type { ValuePatternsPartsFragment } from '../graphql/generated';
import type { GraphqlError } from '../graphql/client';
import { useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { useLocalized } from '../i18n/localized';
import { LearningTabs } from '../practices';
import { useTeamParam } from '../ui/useTeamParam';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { SelectField } from '../ui/Field';
import { OwnOrganisationsNote } from '../ui/SmallNumber';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { HeatMap, HeatTable } from './HeatMap';
import './patterns.css';
import { InternalSystemsPanel, VulnerabilityList } from './PatternsPanels';
import { withoutTeamWord } from '../ui/team-name';
import { withoutNetworkWords } from '../ui/network-name';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/** Which patterns: the organisation, one of its teams, or its learning network as a whole. */
const NETWORK = 'netwerk';
/**
 * The whole organisation as a choice of its own: always a level, never "(optioneel)", and not an empty value that a
 * required select would call unanswered. In the address it stays the absent team (useTeamParam).
 */
const WHOLE_ORGANISATION = 'organisatie';

/** Patterns over time (/patronen?organisatie=…&team=…): a heat map of values, vulnerabilities, and the signal. */
export function PatternsPage() {
  const { t } = useTexts();
  const viewer = useViewer();
  const { organisations, organisationId, choose, teamId, chooseTeam } = useTeamParam();
  const [params] = useSearchParams();
  const networks = [...new Map(viewer.memberships.flatMap((m) => (m.network ? [[m.network.id, m.network] as const] : []))).values()];
  const coordinatorNetwork =
    organisationsOf(viewer).length === 0 ? (networks.find((n) => n.id === params.get('netwerk')) ?? networks[0]) : undefined;
  return (
    <Page title={t('patterns.title')} wide>
      {organisationId && <LearningTabs current="patterns" organisationId={organisationId} />}
      <p>{t('patterns.intro')}</p>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {organisationId ? (
        <OrganisationPatterns organisationId={organisationId} level={teamId} onLevel={chooseTeam} />
      ) : coordinatorNetwork ? (
        <NetworkPatterns networkId={coordinatorNetwork.id} />
      ) : (
        <NoOrganisation />
      )}
    </Page>
  );
}

function OrganisationPatterns({
  organisationId,
  level,
  onLevel,
}: {
  organisationId: string;
  level: string;
  onLevel: (level: string) => void;
}) {
  const { t } = useTexts();
  const organisation = useQuery(LearningOrganisationDocument, { id: organisationId });
  const network = organisation.data?.organisation.network;
  const teams = organisation.data?.organisation.teams ?? [];
  return (
    <>
      <SelectField
        label={t('patterns.level')}
        name="level"
        value={level || WHOLE_ORGANISATION}
        onChange={(value) => onLevel(value === WHOLE_ORGANISATION ? '' : value)}
        options={[
          { value: WHOLE_ORGANISATION, label: t('patterns.wholeOrganisation') },
          ...teams.map((team) => ({ value: team.id, label: t('patterns.team', { team: withoutTeamWord(team.name) }) })),
          ...(network ? [{ value: NETWORK, label: t('patterns.network', { name: withoutNetworkWords(network.name) }) }] : []),
        ]}
      />
      {level === NETWORK && network ? (
        <NetworkPatterns networkId={network.id} />
      ) : (
        <TeamOrOrganisation organisationId={organisationId} teamId={level || null} />
      )}
    </>
  );
}

function TeamOrOrganisation({ organisationId, teamId }: { organisationId: string; teamId: string | null }) {
  const patterns = useQuery(ValuePatternsDocument, { organisationId, teamId });
  return <PatternsView patterns={patterns.data?.valuePatterns} error={patterns.error} retry={patterns.refetch} />;
}

function NetworkPatterns({ networkId }: { networkId: string }) {
  const patterns = useQuery(NetworkValuePatternsDocument, { networkId });
  return <PatternsView patterns={patterns.data?.networkValuePatterns} error={patterns.error} retry={patterns.refetch} />;
}

function PatternsView({ patterns, error, retry }: { patterns?: ValuePatternsPartsFragment; error?: GraphqlError; retry: () => void }) {
  const { t } = useTexts();
  const { options } = useLocale();
  const [direction, setDirection] = useState<TagDirection>('visible_strength');
  if (!patterns) return <NotLoaded error={error} onRetry={retry} />;
  return (
    <>
      <p className="muted">
        {t('patterns.suppression', { min: patterns.minGroupSize })}
        {patterns.level === 'organisation' && <> {t('patterns.suppressionBesideTeams', { min: patterns.minGroupSize })}</>}
      </p>
      <WhatCounts level={patterns.level} />
      <OwnOrganisationsNote names={patterns.ownOrganisationsLeftOut} />
      <Section title={t('patterns.heatMap.title')}>
        <fieldset className="direction-choice">
          <legend>{t('patterns.heatMap.direction')}</legend>
          {options(TAG_DIRECTIONS, TAG_DIRECTION_LABELS).map((option) => (
            <label key={option.value} className="checkbox">
              <input
                type="radio"
                name="direction"
                value={option.value}
                checked={direction === option.value}
                onChange={() => setDirection(option.value)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <HeatMap patterns={patterns} direction={direction} />
        <details>
          <summary>{t('patterns.heatMap.tableToggle')}</summary>
          <HeatTable patterns={patterns} />
        </details>
      </Section>
      <VulnerabilityList patterns={patterns} />
      <InternalSystemsPanel patterns={patterns} />
    </>
  );
}

/**
 * What the level counts of relatives' words and of visits, said from the rules that count them (PATTERN_SOURCE_RULES,
 * relativeTagsCount, FINDING_TYPE_DIRECTION).
 */
function WhatCounts({ level }: { level: PatternLevel }) {
  const { t } = useTexts();
  const { inSentence, label, list, anyOf } = useLocale();
  const local = useLocalized();
  const rules = PATTERN_SOURCE_RULES[level];
  const directions = FINDING_TYPES.map((type) =>
    t('patterns.visitDirection', { type: local(type.name), direction: inSentence(TAG_DIRECTION_LABELS, FINDING_TYPE_DIRECTION[type.id]) }),
  );
  return (
    <details className="muted">
      <summary>{t('patterns.sources')}</summary>
      <p>{t('patterns.relatives', { scopes: list(rules.relatives.map((scope) => `‘${label(MIRROR_CONSENT_SCOPE_LABELS, scope)}’`)) })}</p>
      {!relativeTagsCount(level, null) && <p>{t('patterns.relativesUnnamed')}</p>}
      <p>
        {rules.visits.length === 0
          ? t('patterns.visitsNoTeam')
          : t('patterns.visitDirections', {
              audiences: anyOf(rules.visits.map((visibility) => t(`patterns.visitAudience.${visibility}`))),
              list: directions.join('; '),
            })}
      </p>
    </details>
  );
}
