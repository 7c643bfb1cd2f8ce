// Arabic labels for enumerations shown on pages.
import type { ActorType } from '../types';

export const ACTOR_TYPE_LABEL: Record<ActorType, string> = {
  person: 'شخصية',
  country: 'دولة',
  organization: 'منظمة',
};

export const ACTOR_TYPE_PLURAL: Record<ActorType, string> = {
  person: 'شخصيات',
  country: 'دول',
  organization: 'منظمات',
};

export const ACTOR_TYPE_ORDER: ActorType[] = ['person', 'country', 'organization'];

export const SOURCE_KIND_LABEL = { outlet: 'وسيلة نشر', agency: 'وكالة أنباء' } as const;
