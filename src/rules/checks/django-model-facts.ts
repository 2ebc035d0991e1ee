import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { callArguments, calleeName, dottedName, lineOf, stringValue } from '../../source/python/syntax.js';

/**
 * Django model classes as the Django checks need them, gathered in the parse worker: the bases as
 * written (resolved across files later, so a model deriving from an abstract base in another app
 * is still known), the Meta flags that decide whether a class has a table of its own, and each
 * field with its class and the few options the migration check compares.
 *
 * The shared `facts.models` list only holds classes deriving from `models.Model` in the same file
 * and no Meta flags; this collector keeps every class that may be a model and lets the check
 * decide once every file is known.
 */
export const DJANGO_MODEL_CLASSES = 'django-model-classes';

/** Options compared with the migration state: both sides must carry a literal for a difference to count. */
export const COMPARED_OPTIONS = ['null', 'unique', 'primary_key', 'max_length'] as const;
export type ComparedOption = (typeof COMPARED_OPTIONS)[number];

/** A field as a call: `models.ForeignKey("catalog.Author", on_delete=..., related_name="books")`. */
export interface DjangoFieldSpec {
  /** The field class as written: `models.CharField`, `CharField`, `django.contrib.postgres.fields.ArrayField`. */
  callee: string;
  /** Related model of a relation field as written: `catalog.Author`, `Author`, `self`, `settings.AUTH_USER_MODEL`; `?` when not a name. */
  to?: string;
  /** `related_name`, when a string literal. */
  relatedName?: string;
  /** Compared options present in the call: literal text (`True`, `200`) or `?` when not a literal. */
  options: Partial<Record<ComparedOption, string>>;
}

export interface DjangoFieldFact extends DjangoFieldSpec {
  name: string;
  line: number;
}

export interface DjangoMetaFact {
  /** Literal text of the flag (`True`/`False`), `?` when computed; absent when not set. */
  abstract?: string;
  proxy?: string;
  managed?: string;
  appLabel?: string;
  /** `class Meta(Base.Meta)`: the Meta classes it extends, as written. */
  bases: string[];
}

export interface DjangoClassFact {
  name: string;
  line: number;
  /** Bases as dotted names; `?` for an expression that is not a name. Keyword arguments are left out. */
  bases: string[];
  meta?: DjangoMetaFact;
  fields: DjangoFieldFact[];
  /** Every other name the class body assigns (managers, constants, `field = None` removing an inherited field). */
  others: string[];
}

const FIELD_CLASS = /(Field|ForeignKey)$/;
/** Fields Django keeps out of migrations: a GenericForeignKey is no column, and ends like a relation. */
const NOT_MIGRATED = new Set(['GenericForeignKey', 'GenericRelation']);
const RELATION_CLASSES = /(ForeignKey|OneToOneField|ManyToManyField|ParentalKey|ParentalManyToManyField)$/;

/** True when a field class (last segment of its callee) is a relation whose first argument names the related model. */
export function isRelationClass(fieldClass: string): boolean {
  return RELATION_CLASSES.test(fieldClass);
}

export function addDjangoModelFacts(context: ExtractContext): void {
  // A Django model module names `models` (fields, or the base's module) or imports from django.
  if (context.grammar !== 'python' || !/django|models/.test(context.text) || !/\bclass\s+\w+\s*\(/.test(context.text)) return;
  const classes = collectDjangoClasses(context.root, context.facts.imports.map((fact) => ({ specifier: fact.specifier, locals: fact.locals })));
  if (classes.length > 0) context.facts.checkFacts[DJANGO_MODEL_CLASSES] = classes;
}

/**
 * Module-level classes that may be Django models: those with fields or an inner Meta, or with a
 * base that looks like a model (`...Model`, a name imported from a `models` module, another class
 * kept here). Exceptions, enums and plain helpers are left out so the cached facts stay small.
 */
export function collectDjangoClasses(root: SyntaxNode, imports: readonly { specifier: string; locals: string[] }[]): DjangoClassFact[] {
  const fromModelsModule = new Set(imports.filter((entry) => /(^|\.)models?(\.|$)/.test(entry.specifier)).flatMap((entry) => entry.locals));
  const kept = new Set<string>();
  const classes: DjangoClassFact[] = [];
  for (const statement of root.namedChildren) {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type !== 'class_definition') continue;
    // The bases decide most classes before their bodies are read: a class without bases is never
    // kept, and one that does not look like a model needs a field call or a Meta in its text.
    const bases = basesOf(definition);
    if (bases.length === 0) continue;
    const modelLike = bases.some((base) => base.endsWith('Model') || fromModelsModule.has(base.split('.')[0]!) || kept.has(base));
    if (!modelLike && !MAY_DECLARE_FIELDS.test(definition.childForFieldName('body')?.text ?? '')) continue;
    const fact = readClass(definition, bases);
    if (!fact) continue;
    if (!modelLike && fact.fields.length === 0 && !fact.meta) continue;
    kept.add(fact.name);
    classes.push(fact);
  }
  return classes;
}

/** What a field call (`...Field(`, `...ForeignKey(`) or an inner Meta looks like in a class body's text. */
const MAY_DECLARE_FIELDS = /(Field|ForeignKey)\s*\(|\bclass\s+Meta\b/;

function readClass(definition: SyntaxNode, bases: string[]): DjangoClassFact | undefined {
  const name = definition.childForFieldName('name')?.text;
  const body = definition.childForFieldName('body');
  if (!name || !body) return undefined;
  const fact: DjangoClassFact = { name, line: lineOf(definition), bases, fields: [], others: [] };
  for (const statement of body.namedChildren) {
    if (statement.type === 'class_definition' && statement.childForFieldName('name')?.text === 'Meta') {
      fact.meta = readMeta(statement);
      continue;
    }
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    if (left?.type !== 'identifier') continue;
    const value = assignment.childForFieldName('right');
    const spec = value?.type === 'call' ? readFieldCall(value) : undefined;
    if (spec) fact.fields.push({ name: left.text, line: lineOf(assignment), ...spec });
    else fact.others.push(left.text);
  }
  return fact;
}

function basesOf(definition: SyntaxNode): string[] {
  const superclasses = definition.childForFieldName('superclasses');
  if (!superclasses) return [];
  return superclasses.namedChildren
    .filter((base) => base.type !== 'keyword_argument' && base.type !== 'comment')
    .map((base) => dottedName(base) ?? '?')
    .filter((base) => base !== 'object');
}

function readMeta(meta: SyntaxNode): DjangoMetaFact {
  const fact: DjangoMetaFact = { bases: basesOf(meta) };
  const body = meta.childForFieldName('body');
  for (const statement of body ? body.namedChildren : []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const target = assignment.childForFieldName('left')?.text;
    const value = assignment.childForFieldName('right');
    if (!value) continue;
    if (target === 'abstract' || target === 'proxy' || target === 'managed') fact[target] = literalText(value);
    else if (target === 'app_label') fact.appLabel = stringValue(value) ?? '?';
  }
  return fact;
}

/**
 * A field declaration as a call, or undefined when the call is not a migrated field. Shared with
 * the migration collector: `CreateModel(fields=[("title", models.CharField(...))])` and
 * `AddField(field=...)` carry the same calls.
 */
export function readFieldCall(call: SyntaxNode): DjangoFieldSpec | undefined {
  const callee = calleeName(call);
  const fieldClass = callee?.split('.').pop();
  if (!callee || !fieldClass || !FIELD_CLASS.test(fieldClass) || NOT_MIGRATED.has(fieldClass)) return undefined;
  const args = callArguments(call);
  const spec: DjangoFieldSpec = { callee, options: {} };
  if (isRelationClass(fieldClass)) {
    const target = args.keywords.get('to') ?? args.positional[0];
    spec.to = stringValue(target) ?? dottedName(target) ?? '?';
    const relatedName = stringValue(args.keywords.get('related_name'));
    if (relatedName !== undefined) spec.relatedName = relatedName;
  }
  for (const option of COMPARED_OPTIONS) {
    const value = args.keywords.get(option);
    if (value) spec.options[option] = literalText(value);
  }
  return spec;
}

/** `True`, `False`, `None`, an integer or a string as its text; `?` for anything computed. */
function literalText(node: SyntaxNode): string {
  if (node.type === 'true' || node.type === 'false' || node.type === 'none' || node.type === 'integer') return node.text;
  const text = stringValue(node);
  return text === undefined ? '?' : JSON.stringify(text);
}
