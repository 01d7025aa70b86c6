import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261124180159Initial } from './Migration20261124180159Initial.js';
import { Migration20261124190000DataRevision } from './Migration20261124190000DataRevision.js';
import { Migration20261124191000Standards } from './Migration20261124191000Standards.js';
import { Migration20261124193018Integration } from './Migration20261124193018Integration.js';
import { Migration20261124194107AttendanceExcusedIndex } from './Migration20261124194107AttendanceExcusedIndex.js';
import { Migration20261124195654LabourMarketStatusByPeselHash } from './Migration20261124195654LabourMarketStatusByPeselHash.js';
import { Migration20261124202914FosterCare } from './Migration20261124202914FosterCare.js';
import { Migration20261130053514FosterCareInTrueScope } from './Migration20261130053514FosterCareInTrueScope.js';
import { Migration20261130090000SearchOnlyPublicFields } from './Migration20261130090000SearchOnlyPublicFields.js';
import { Migration20261130091000PagingIndexes } from './Migration20261130091000PagingIndexes.js';
import { Migration20261130092000Referrals } from './Migration20261130092000Referrals.js';
import { Migration20261130093000Cooperation } from './Migration20261130093000Cooperation.js';
import { Migration20261130094000CisStatus } from './Migration20261130094000CisStatus.js';
import { Migration20261130095000YearlyReport } from './Migration20261130095000YearlyReport.js';
import { Migration20261130100000SociallyUsefulWork } from './Migration20261130100000SociallyUsefulWork.js';
import { Migration20261130054131FacilityHistory } from './Migration20261130054131FacilityHistory.js';
import { Migration20261207090000CarerRegisteredOn } from './Migration20261207090000CarerRegisteredOn.js';
import { Migration20261207091000CorrectionOrder } from './Migration20261207091000CorrectionOrder.js';
import { Migration20261207092000CitySetUp } from './Migration20261207092000CitySetUp.js';
import { Migration20261207093000OrganisationLifecycle } from './Migration20261207093000OrganisationLifecycle.js';
import { Migration20261207094000ImportKeys } from './Migration20261207094000ImportKeys.js';
import { Migration20261207100000YearlyReportSections } from './Migration20261207100000YearlyReportSections.js';
import { Migration20261207110000DistrictBranchIndex } from './Migration20261207110000DistrictBranchIndex.js';
import { Migration20261207120000WinterCapacity } from './Migration20261207120000WinterCapacity.js';
import { Migration20261207130000HomelessCount } from './Migration20261207130000HomelessCount.js';
import { Migration20261207140000FacilityStepFreeAccess } from './Migration20261207140000FacilityStepFreeAccess.js';
import { Migration20261207150000FacilityFilteredPageIndexes } from './Migration20261207150000FacilityFilteredPageIndexes.js';

/**
 * Every committed migration, in order. Listed explicitly (not discovered from a folder) so that the
 * compiled hub, the tests and the scripts all run exactly the same set. `npm run migration:create`
 * writes a new file; add it here.
 */
export const MIGRATIONS: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261124180159Initial', class: Migration20261124180159Initial },
  { name: 'Migration20261124190000DataRevision', class: Migration20261124190000DataRevision },
  { name: 'Migration20261124191000Standards', class: Migration20261124191000Standards },
  { name: 'Migration20261124193018Integration', class: Migration20261124193018Integration },
  { name: 'Migration20261124194107AttendanceExcusedIndex', class: Migration20261124194107AttendanceExcusedIndex },
  { name: 'Migration20261124195654LabourMarketStatusByPeselHash', class: Migration20261124195654LabourMarketStatusByPeselHash },
  { name: 'Migration20261124202914FosterCare', class: Migration20261124202914FosterCare },
  { name: 'Migration20261130053514FosterCareInTrueScope', class: Migration20261130053514FosterCareInTrueScope },
  { name: 'Migration20261130054131FacilityHistory', class: Migration20261130054131FacilityHistory },
  { name: 'Migration20261130090000SearchOnlyPublicFields', class: Migration20261130090000SearchOnlyPublicFields },
  { name: 'Migration20261130091000PagingIndexes', class: Migration20261130091000PagingIndexes },
  { name: 'Migration20261130092000Referrals', class: Migration20261130092000Referrals },
  { name: 'Migration20261130093000Cooperation', class: Migration20261130093000Cooperation },
  { name: 'Migration20261130094000CisStatus', class: Migration20261130094000CisStatus },
  { name: 'Migration20261130095000YearlyReport', class: Migration20261130095000YearlyReport },
  { name: 'Migration20261130100000SociallyUsefulWork', class: Migration20261130100000SociallyUsefulWork },
  { name: 'Migration20261207090000CarerRegisteredOn', class: Migration20261207090000CarerRegisteredOn },
  { name: 'Migration20261207091000CorrectionOrder', class: Migration20261207091000CorrectionOrder },
  { name: 'Migration20261207092000CitySetUp', class: Migration20261207092000CitySetUp },
  { name: 'Migration20261207093000OrganisationLifecycle', class: Migration20261207093000OrganisationLifecycle },
  { name: 'Migration20261207094000ImportKeys', class: Migration20261207094000ImportKeys },
  { name: 'Migration20261207100000YearlyReportSections', class: Migration20261207100000YearlyReportSections },
  { name: 'Migration20261207110000DistrictBranchIndex', class: Migration20261207110000DistrictBranchIndex },
  { name: 'Migration20261207120000WinterCapacity', class: Migration20261207120000WinterCapacity },
  { name: 'Migration20261207130000HomelessCount', class: Migration20261207130000HomelessCount },
  { name: 'Migration20261207140000FacilityStepFreeAccess', class: Migration20261207140000FacilityStepFreeAccess },
  { name: 'Migration20261207150000FacilityFilteredPageIndexes', class: Migration20261207150000FacilityFilteredPageIndexes },
];
