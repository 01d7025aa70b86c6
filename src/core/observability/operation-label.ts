import type { OperationDefinitionNode } from 'graphql';

/**
 * An operation as logs and metrics name it: its type and its root fields ("query facilities"),
 * which the schema bounds, never the client's operation name (free text, once a PESEL) or variables.
 */
export function operationLabel(op: OperationDefinitionNode | null | undefined): string {
  const roots = op?.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])).sort() ?? [];
  return `${op?.operation ?? 'unknown'} ${roots.join(',') || '-'}`.slice(0, 200);
}
