import type { BatchRead, ModulePlans } from '../../core/graphql/operation-plan.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { mayFilterByOccupancy, permitsFilterByOccupancy } from './registry.permissions.js';
import { DistrictResolver, facilityById, facilityConnection, FacilityResolver, WelfareUnitResolver } from './registry.resolvers.js';

/** A field resolver read for many parents: the resolver's own method, once per parent. */
function eachParent<P>(resolve: (parent: P, ctx: RequestContext) => unknown): BatchRead {
  return (parents, ctx) => Promise.all(parents.map((parent: P) => resolve(parent, ctx)));
}

const facility = new FacilityResolver();
const unit = new WelfareUnitResolver();
const district = new DistrictResolver();

/**
 * The registry's hot reads answered from a plan (core/graphql/operation-plan.ts): a page of the
 * registry and one facility by id, with the facility's computed fields read by the very methods
 * graphql-js would call. A query that reads anything else is executed as usual.
 */
export const registryPlans: ModulePlans = {
  roots: [
    {
      field: 'facilities',
      rule: { is: mayFilterByOccupancy, permits: (args, ctx) => permitsFilterByOccupancy(args, ctx) },
      resolve: (args, ctx, selected) =>
        facilityConnection(ctx, args.filter ?? null, { first: args.first, after: args.after }, selected.has('FacilityConnection.totalCount'), selected.has('Facility.operator')),
    },
    {
      field: 'facility',
      resolve: (args, ctx, selected) => facilityById(ctx, args.id, selected.has('Facility.operator')),
    },
  ],
  batchReads: {
    Facility: {
      typeLegalName: eachParent(facility.typeLegalName.bind(facility)),
      operator: eachParent(facility.operator.bind(facility)),
      unit: eachParent(facility.unit.bind(facility)),
      district: eachParent(facility.district.bind(facility)),
      cisStatus: eachParent(facility.cisStatus.bind(facility)),
      agreement: eachParent(facility.agreement.bind(facility)),
      registerEntry: eachParent(facility.registerEntry.bind(facility)),
      legalCapacityLimit: eachParent(facility.legalCapacityLimit.bind(facility)),
      occupancy: eachParent(facility.occupancy.bind(facility)),
    },
    WelfareUnit: {
      organisation: eachParent(unit.organisation.bind(unit)),
      parent: eachParent(unit.parent.bind(unit)),
      districts: eachParent(unit.districts.bind(unit)),
    },
    District: {
      branch: eachParent(district.branch.bind(district)),
    },
  },
};
