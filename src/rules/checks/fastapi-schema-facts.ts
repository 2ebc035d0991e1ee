import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { dottedName, lineOf, stringValue } from '../../source/python/syntax.js';

/**
 * The classes FastAPI endpoints use as API schemas, gathered in the parse worker: `response_model=`,
 * the return annotation (FastAPI's response model when `response_model` is not given), and the
 * types of body parameters (not `Depends`/`Query`/`Path`/`Header`/`Cookie`/`Form`/`File`). Whether
 * a name is an ORM model is decided by the check, through the imports.
 */
export const FASTAPI_SCHEMA_USES = 'fastapi-schema-uses';

export interface FastapiSchemaUseFact {
  kind: 'response-model' | 'return' | 'body';
  /** The class as written: `User`, `models.User`. */
  name: string;
  line: number;
  /** The endpoint function. */
  endpoint: string;
}

const ROUTE_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace', 'api_route']);
const NOT_BODY = new Set(['Depends', 'Security', 'Query', 'Path', 'Header', 'Cookie', 'Form', 'File']);
/** Type constructors around a schema: their arguments are looked at, not themselves. */
const WRAPPERS = new Set(['List', 'list', 'Optional', 'Union', 'Sequence', 'Iterable', 'Dict', 'dict', 'Set', 'set', 'FrozenSet', 'frozenset', 'Tuple', 'tuple', 'Annotated', 'typing.List', 'typing.Optional', 'typing.Union']);

export function addFastapiSchemaFacts(context: ExtractContext): void {
  const { facts, root } = context;
  if (!facts.imports.some((entry) => entry.kind === 'python' && /^(fastapi|starlette)(\.|$)/.test(entry.specifier))) return;
  // Only a name the file imports or defines can resolve to an ORM model (resolveSymbol in the
  // check): `int`, `str`, `dict` and the like are left out of the cached facts.
  const reachable = new Set<string>(facts.definitions.filter((definition) => definition.kind !== 'method').map((definition) => definition.name));
  let star = false;
  for (const entry of facts.imports) {
    if (entry.kind !== 'python') continue;
    if (entry.names.includes('*')) star = true;
    for (const local of entry.locals) reachable.add(local.split('.')[0]!);
  }
  const uses = collectSchemaUses(root).filter((use) => star || reachable.has(use.name.split('.')[0]!));
  if (uses.length > 0) facts.checkFacts[FASTAPI_SCHEMA_USES] = uses;
}

export function collectSchemaUses(root: SyntaxNode): FastapiSchemaUseFact[] {
  const uses: FastapiSchemaUseFact[] = [];
  for (const decorated of root.descendantsOfType('decorated_definition')) {
    const fn = decorated?.childForFieldName('definition');
    if (!decorated || fn?.type !== 'function_definition') continue;
    const endpoint = fn.childForFieldName('name')?.text ?? '?';
    const routes = decorated.namedChildren
      .filter((child) => child.type === 'decorator')
      .map((decorator) => decorator.namedChildren[0])
      .filter((call): call is SyntaxNode => call?.type === 'call' && call.childForFieldName('function')?.type === 'attribute' && ROUTE_VERBS.has(call.childForFieldName('function')!.childForFieldName('attribute')?.text ?? ''));
    if (routes.length === 0) continue;
    let responseModelGiven = false;
    for (const route of routes) {
      const argument = (route.childForFieldName('arguments') ?? route).namedChildren.find((child) => child.type === 'keyword_argument' && child.childForFieldName('name')?.text === 'response_model');
      const value = argument?.childForFieldName('value');
      if (!argument || !value) continue;
      responseModelGiven = true;
      for (const name of typeNames(value)) uses.push({ kind: 'response-model', name, line: lineOf(argument), endpoint });
    }
    const returns = fn.childForFieldName('return_type');
    if (!responseModelGiven && returns) for (const name of typeNames(returns)) uses.push({ kind: 'return', name, line: lineOf(returns), endpoint });
    const parameters = fn.childForFieldName('parameters');
    for (const parameter of parameters ? parameters.namedChildren : []) {
      if (parameter.type !== 'typed_parameter' && parameter.type !== 'typed_default_parameter') continue;
      const type = parameter.childForFieldName('type');
      const value = parameter.childForFieldName('value');
      if (!type || (value && isNotBody(value))) continue;
      const annotated = annotatedParts(type);
      if (annotated && annotated.metadata.some(isNotBody)) continue;
      for (const name of typeNames(annotated?.type ?? type)) uses.push({ kind: 'body', name, line: lineOf(parameter), endpoint });
    }
  }
  return uses;
}

function isNotBody(node: SyntaxNode): boolean {
  return node.type === 'call' && NOT_BODY.has(dottedName(node.childForFieldName('function'))?.split('.').pop() ?? '');
}

/** `Annotated[X, meta...]` as X and its metadata. */
function annotatedParts(type: SyntaxNode): { type: SyntaxNode; metadata: SyntaxNode[] } | undefined {
  const inner = type.type === 'type' ? type.namedChildren[0] : type;
  if (inner?.type !== 'generic_type' || inner.namedChildren[0]?.text !== 'Annotated') return undefined;
  const parameters = inner.namedChildren.find((child) => child.type === 'type_parameter');
  const [first, ...metadata] = parameters ? parameters.namedChildren.map((part) => (part.type === 'type' ? (part.namedChildren[0] ?? part) : part)) : [];
  return first ? { type: first, metadata } : undefined;
}

/** The class names a type expression mentions, wrappers (`list[...]`, `Optional[...]`, `X | None`) looked through. */
function typeNames(node: SyntaxNode): string[] {
  const names: string[] = [];
  const visit = (current: SyntaxNode) => {
    switch (current.type) {
      case 'identifier':
      case 'attribute': {
        const name = dottedName(current);
        if (name && !WRAPPERS.has(name) && name !== 'None') names.push(name);
        return;
      }
      case 'string': {
        const forward = stringValue(current);
        if (forward && /^[A-Za-z_][\w.]*$/.test(forward)) names.push(forward);
        return;
      }
      case 'generic_type':
      case 'subscript': {
        const [head, ...rest] = current.type === 'subscript' ? [current.childForFieldName('value'), ...current.namedChildren.slice(1)] : current.namedChildren;
        const headName = dottedName(head);
        if (headName === 'Literal') return;
        if (headName && !WRAPPERS.has(headName)) names.push(headName);
        rest.forEach((child) => child && visit(child));
        return;
      }
      case 'call':
        return;
      default:
        current.namedChildren.forEach(visit);
    }
  };
  visit(node);
  return names;
}
