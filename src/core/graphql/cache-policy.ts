import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

/** Apollo's cache hint: seconds, and whether the answer may be shared between callers. */
export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

interface Annotation extends CacheHint {
  inheritMaxAge?: boolean;
}

/** The `@cacheControl` hint among a type's or field's directives, read as Apollo reads it. */
function annotationOf(directives: readonly ConstDirectiveNode[] | undefined): Annotation {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return {};
  const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scope = scopeValue?.kind === 'EnumValue' && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE') ? scopeValue.value : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === 'BooleanValue' && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge');
  return { maxAge: maxAge?.kind === 'IntValue' ? Number.parseInt(maxAge.value, 10) : undefined, scope };
}

function typeAnnotation(type: GraphQLCompositeType): Annotation {
  for (const node of [type.astNode, ...(type.extensionASTNodes ?? [])]) {
    const annotation = annotationOf(node?.directives);
    if (annotation.maxAge !== undefined || annotation.scope || annotation.inheritMaxAge) return annotation;
  }
  return {};
}

/** Apollo's `CachePolicy.restrict`: the shorter age and the narrower scope. */
function restrict(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) policy.maxAge = hint.maxAge;
  if (hint.scope === 'PRIVATE') policy.scope = 'PRIVATE';
}

/**
 * The cache policy of an operation from its text alone: the hints Apollo's cache-control plugin
 * would gather field by field while executing (a composite or root field without a hint makes the
 * answer uncacheable, `defaultMaxAge`), gathered once per document instead. Every field the
 * document names counts, in every fragment and branch, also those a run would not reach (an
 * empty list, an `@include(if: false)`): the policy is never looser than Apollo's, only sometimes
 * stricter. Splot sets no hint at run time, so nothing is lost.
 */
export function operationCachePolicy(schema: GraphQLSchema, document: DocumentNode, defaultMaxAge: number): CacheHint {
  const policy: CacheHint = {};
  const typeInfo = new TypeInfo(schema);
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef() as GraphQLField<unknown, unknown> | null;
        const parent = typeInfo.getParentType();
        // A field the schema does not know fails validation before any cache is asked.
        if (!field || !parent) return;
        const target = getNamedType(field.type);
        const hint: CacheHint = {};
        let inheritMaxAge = false;
        if (isCompositeType(target)) {
          const annotation = typeAnnotation(target);
          Object.assign(hint, definedOf(annotation));
          inheritMaxAge = Boolean(annotation.inheritMaxAge);
        }
        const own = annotationOf(field.astNode?.directives);
        if (own.inheritMaxAge && hint.maxAge === undefined) {
          inheritMaxAge = true;
          if (own.scope) hint.scope = own.scope;
        } else {
          Object.assign(hint, definedOf(own));
        }
        if (hint.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || roots.has(parent as never))) hint.maxAge = defaultMaxAge;
        restrict(policy, hint);
      },
    }),
  );
  return policy;
}

function definedOf(annotation: Annotation): CacheHint {
  return { ...(annotation.maxAge !== undefined ? { maxAge: annotation.maxAge } : {}), ...(annotation.scope ? { scope: annotation.scope } : {}) };
}

/**
 * Sets each request's cache policy from `operationCachePolicy`, computed once per parsed document,
 * in place of Apollo's cache-control plugin: that one wraps every field's resolver to gather the
 * same hints while executing, which cost a page of 50 facilities about a tenth of its CPU.
 */
export function staticCachePolicyPlugin<C extends object>(options: { defaultMaxAge: number }): ApolloServerPlugin<C> {
  const policies = new WeakMap<DocumentNode, CacheHint>();
  return {
    async requestDidStart() {
      return {
        // Before the response cache looks for an answer (responseForOperation), so that it knows
        // an operation it will never store (`isCacheable`).
        async didResolveOperation(requestContext) {
          const { document, schema } = requestContext;
          let policy = policies.get(document);
          if (!policy) policies.set(document, (policy = operationCachePolicy(schema, document, options.defaultMaxAge)));
          requestContext.overallCachePolicy.restrict(policy);
        },
      };
    },
  };
}

/**
 * False for an operation whose answer the response cache will never store (a field without a
 * hint, such as anything personal): there is nothing to look up, and so no data revision to read.
 */
export function isCacheable(requestContext: { overallCachePolicy: { policyIfCacheable(): unknown } }): boolean {
  return requestContext.overallCachePolicy.policyIfCacheable() !== null;
}
