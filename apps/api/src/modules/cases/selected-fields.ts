import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** Whether the query asks for `field` on the resolver's result (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    !!set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet, seen);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      return visit(info.fragments[name]?.selectionSet, new Set(seen).add(name));
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}
