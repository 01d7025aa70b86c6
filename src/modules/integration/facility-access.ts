import { invalidInput, forbidden, notFound } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { registryLoaders, type FacilityView } from '../registry/index.js';
import type { Programme } from './integration.rules.js';
import { INTEGRATION } from './integration.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { FACILITY_TYPE_LABELS } from '../registry/index.js';
import { REGISTRY } from '../registry/index.js';

/** The registry's facility types that are social employment (art. 3 and art. 18 of the act). */
const PROGRAMME_OF_TYPE: Record<string, Programme> = { SOCIAL_INTEGRATION_CENTRE: 'CIS', SOCIAL_INTEGRATION_CLUB: 'KIS' };

export interface SocialEmploymentFacility {
  facility: FacilityView;
  programme: Programme;
}

/**
 * The KIS or CIS a request is about, if the caller may act on it. NGO staff act only on the
 * facilities their organisation operates; a labour office reads only CIS figures (it refunds the
 * allowance of a CIS; a KIS pays none). Which roles may call the operation at all is shield's.
 */
export async function socialEmploymentFacility(ctx: RequestContext, facilityId: string, use: 'write' | 'read'): Promise<SocialEmploymentFacility> {
  const facility = await ctx.loaders(registryLoaders).facility.load(facilityId);
  if (!facility) throw notFound('facility', facilityId);
  const programme = PROGRAMME_OF_TYPE[facility.type];
  if (!programme) throw invalidInput('facilityId', INTEGRATION.NOT_KIS_OR_CIS({ name: facility.name, type: labelled(facility.type, FACILITY_TYPE_LABELS) }));
  const { role, organisationId } = ctx.principal;
  if (role === 'NGO_STAFF' && facility.operatorId !== organisationId) throw forbidden(REGISTRY.NOT_YOUR_FACILITY());
  if (use === 'read' && role === 'LABOUR_OFFICE' && programme !== 'CIS') throw forbidden(INTEGRATION.LABOUR_OFFICE_SEES_CIS_ONLY());
  return { facility, programme };
}
