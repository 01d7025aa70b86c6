import { allow, hasRole } from '../../core/access/rules.js';
import type { HubModule } from '../../core/module.js';
import { FlowReportResolver, ResourcesAssessmentResolver } from './reports.resolvers.js';

/** Reports the law and the city ask for, across the modules: flows over a period, the yearly assessment of resources (art. 16a). */
export const reportsModule: HubModule = {
  name: 'reports',
  entities: [],
  resolvers: [FlowReportResolver, ResourcesAssessmentResolver],
  permissions: {
    Query: { flowReport: hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN'), resourcesAssessment: hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN') },
    // Reachable only through the guarded query.
    FlowReport: { '*': allow },
    FlowCount: { '*': allow },
    FacilityFlow: { '*': allow },
    ResourcesAssessment: { '*': allow },
    AssessmentFigure: { '*': allow },
    AssessmentGap: { '*': allow },
  },
};
