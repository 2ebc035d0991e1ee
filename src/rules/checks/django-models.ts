import { basenameOf, dirnameOf, joinPath } from '../../core/workspace.js';
import type { SourceModel } from '../../source/model.js';
import { resolveSymbol, type SymbolIndex } from '../../source/routes/symbols.js';
import { DJANGO_MODEL_CLASSES, isRelationClass, type DjangoClassFact, type DjangoFieldFact } from './django-model-facts.js';

/**
 * The Django models of one project joined across files: which classes are models (their bases
 * followed through imports to `models.Model`, a third-party model base, or another project model),
 * their Meta flags with inheritance, the app each belongs to, the fields they declare including
 * those of abstract bases, and the relations between them in both directions.
 */

export interface DjangoModel {
  file: string;
  name: string;
  line: number;
  cls: DjangoClassFact;
  abstract: boolean;
  proxy: boolean;
  /** False for `managed = False` (own Meta, or an abstract base's when the class has no Meta); undefined when computed. */
  managed: boolean | undefined;
  /** Directory of the app the model belongs to (the package holding `models.py` or the `models/` package). */
  appDir: string;
  /** `Meta.app_label`, else the app directory's name. */
  appLabel: string;
  /** Project models among the bases. */
  parents: DjangoModel[];
  /** Some fields come from where the check cannot see: a third-party base, or a concrete parent's `<parent>_ptr`. */
  openFields: boolean;
  /** Fields of abstract bases first, then the class's own (a redefinition replaces the inherited field). */
  fields: ModelField[];
  /** Names assigned in the class body (or an abstract base's) that are not fields read here. */
  otherNames: Set<string>;
}

export interface ModelField extends DjangoFieldFact {
  /** The file the field is declared in (an abstract base's file for inherited fields). */
  file: string;
  /** Class that declares it. */
  owner: string;
  /** Last segment of the field class, import aliases undone: `CharField`. */
  fieldClass: string;
  /** `to` after import aliases, when the related model is a bare name. */
  target?: string;
  /** The field class is Django's own (`models.X`, or imported from a `django.` module). */
  djangoClass: boolean;
}

export type RelationKind = 'foreign-key' | 'one-to-one' | 'many-to-many' | 'reverse-foreign-key' | 'reverse-one-to-one' | 'reverse-many-to-many';

export interface DjangoRelation {
  /** The attribute a row has: the field name, or the reverse accessor (`comments`, `comment_set`, `profile`). */
  name: string;
  kind: RelationKind;
  /** The model at the other end, when it resolves. */
  target?: DjangoModel;
  line: number;
  file: string;
}

export interface DjangoModelIndex {
  models: DjangoModel[];
  /** The model `name` (bare or dotted, as written in `file`) refers to; by a unique name when imports do not tell. */
  resolve(file: string, name: string): DjangoModel | undefined;
  /** The model of a relation's `to`: `app.Model`, `Model`, `self`, or a name written in the field's file. */
  relatedModel(field: ModelField, owner: DjangoModel): DjangoModel | undefined;
  /** Forward and reverse relations of a model by attribute name. */
  relationsOf(model: DjangoModel): ReadonlyMap<string, DjangoRelation>;
}

type BaseKind = { kind: 'root' } | { kind: 'external-model' } | { kind: 'external-candidate' } | { kind: 'other' } | { kind: 'class'; file: string; cls: DjangoClassFact };

export function djangoModels(model: SourceModel, files: readonly string[]): DjangoModelIndex {
  const symbols: SymbolIndex = { files: model.files, graph: model.graph };
  const fileSet = new Set(files);
  const classesByFile = new Map<string, DjangoClassFact[]>();
  for (const file of files) {
    const classes = model.files.get(file)?.checkFacts[DJANGO_MODEL_CLASSES] as DjangoClassFact[] | undefined;
    if (classes?.length) classesByFile.set(file, classes);
  }
  const dirs = new Set<string>();
  for (const file of files) for (let dir = dirnameOf(file); dir !== '.' && !dirs.has(dir); dir = dirnameOf(dir)) dirs.add(dir);

  /** The local name's import: the module it comes from and the name imported (aliases undone). */
  const importOf = (file: string, local: string): { specifier: string; imported?: string } | undefined => {
    for (const edge of model.graph.edgesFrom(file)) {
      const position = edge.locals.indexOf(local);
      if (position >= 0) return { specifier: edge.specifier, ...(edge.names.length > 0 ? { imported: edge.names[position] } : {}) };
    }
    return undefined;
  };

  const baseKinds = new Map<string, BaseKind>();
  const baseKind = (file: string, base: string): BaseKind => {
    const key = `${file}\0${base}`;
    let kind = baseKinds.get(key);
    if (!kind) {
      kind = classifyBase(file, base);
      baseKinds.set(key, kind);
    }
    return kind;
  };
  const classifyBase = (file: string, base: string): BaseKind => {
    if (base === 'models.Model' || base.endsWith('.models.Model')) return { kind: 'root' };
    const own = classesByFile.get(file)?.find((cls) => cls.name === base);
    if (own) return { kind: 'class', file, cls: own };
    const first = base.split('.')[0]!;
    const imported = importOf(file, first);
    if (base === 'Model' && imported?.specifier.startsWith('django')) return { kind: 'root' };
    const target = resolveSymbol(symbols, file, base);
    if (target?.name && target.rest.length === 0) {
      const cls = classesByFile.get(target.file)?.find((candidate) => candidate.name === target.name);
      if (cls) return { kind: 'class', file: target.file, cls };
      if (model.files.has(target.file)) return { kind: 'other' };
    }
    // A base from a package: a model when it comes from a models module (django.contrib.auth.models,
    // model_utils.models, polymorphic.models) and is named like one.
    const last = base.split('.').pop()!;
    const module = imported?.specifier ?? '';
    if (!last.endsWith('Model') && !last.startsWith('Abstract') && !last.endsWith('Base')) return { kind: 'other' };
    if (module.startsWith('django.')) return { kind: 'external-model' };
    // Another package's `models` module (model_utils, polymorphic, ninja's BodyModel...): a model base
    // only for a class that declares Django fields or options of its own (see isModelClass).
    return /(^|\.)models(\.|$)/.test(module) ? { kind: 'external-candidate' } : { kind: 'other' };
  };

  const isModelMemo = new Map<DjangoClassFact, boolean>();
  const isModelClass = (file: string, cls: DjangoClassFact, seen = new Set<DjangoClassFact>()): boolean => {
    const known = isModelMemo.get(cls);
    if (known !== undefined) return known;
    if (seen.has(cls)) return false;
    seen.add(cls);
    const result = cls.bases.some((base) => {
      const kind = baseKind(file, base);
      if (kind.kind === 'external-candidate') return declaresDjango(file, cls);
      return kind.kind === 'root' || kind.kind === 'external-model' || (kind.kind === 'class' && isModelClass(kind.file, kind.cls, seen));
    });
    isModelMemo.set(cls, result);
    return result;
  };

  const appDirOf = (file: string): string => {
    const dir = dirnameOf(file);
    if (basenameOf(file) === 'models.py') return dir;
    if (basenameOf(dir) === 'models') return dirnameOf(dir);
    for (let current = dir; current !== '.'; current = dirnameOf(current)) {
      if (dirs.has(joinPath(current, 'migrations')) || fileSet.has(joinPath(current, 'apps.py')) || fileSet.has(joinPath(current, 'models.py'))) return current;
    }
    return dir;
  };

  const isDjangoCallee = (file: string, callee: string): boolean => {
    const head = callee.split('.')[0]!;
    return head === 'models' || head === 'django' || (importOf(file, head)?.specifier.startsWith('django') ?? false);
  };
  /** A Django field, or a Meta with Django's model options. */
  const declaresDjango = (file: string, cls: DjangoClassFact): boolean =>
    cls.fields.some((field) => isDjangoCallee(file, field.callee)) ||
    (cls.meta !== undefined && (cls.meta.abstract !== undefined || cls.meta.proxy !== undefined || cls.meta.managed !== undefined || cls.meta.appLabel !== undefined));

  const resolveAlias = (file: string, name: string): string => {
    if (name.includes('.')) return name.split('.').pop()!;
    return importOf(file, name)?.imported ?? name;
  };

  // Models, built parents first.
  const built = new Map<DjangoClassFact, DjangoModel>();
  const building = new Set<DjangoClassFact>();
  const build = (file: string, cls: DjangoClassFact): DjangoModel => {
    const existing = built.get(cls);
    if (existing) return existing;
    building.add(cls);
    const parents: DjangoModel[] = [];
    let openFields = false;
    for (const base of cls.bases) {
      const kind = baseKind(file, base);
      if (kind.kind === 'external-model' || kind.kind === 'external-candidate') openFields = true;
      if (kind.kind === 'class' && !building.has(kind.cls) && isModelClass(kind.file, kind.cls)) parents.push(build(kind.file, kind.cls));
    }
    const meta = cls.meta;
    const abstractParents = parents.filter((parent) => parent.abstract);
    // Django copies an abstract base's Meta to a child that declares none.
    const inheritedMeta = meta ? undefined : abstractParents.find((parent) => parent.cls.meta)?.cls.meta;
    const flag = (value: string | undefined) => (value === 'True' ? true : value === 'False' ? false : undefined);
    const managedText = meta?.managed ?? inheritedMeta?.managed;
    const appLabel = meta?.appLabel ?? inheritedMeta?.appLabel;
    if (parents.some((parent) => !parent.abstract && !parent.proxy)) openFields = true;
    if (parents.some((parent) => parent.openFields)) openFields = true;

    const fields = new Map<string, ModelField>();
    const otherNames = new Set<string>();
    for (const parent of abstractParents) {
      for (const field of parent.fields) fields.set(field.name, field);
      for (const name of parent.otherNames) otherNames.add(name);
    }
    for (const name of cls.others) {
      // `field = None` in a subclass removes an inherited field; any other assignment hides it too.
      fields.delete(name);
      otherNames.add(name);
    }
    for (const field of cls.fields) {
      const fieldClass = resolveAlias(file, field.callee);
      const target = field.to && field.to !== '?' && !field.to.includes('.') && field.to !== 'self' ? resolveAlias(file, field.to) : undefined;
      const djangoClass = isDjangoCallee(file, field.callee);
      fields.set(field.name, { ...field, file, owner: cls.name, fieldClass, djangoClass, ...(target ? { target } : {}) });
    }
    const appDir = appDirOf(file);
    const result: DjangoModel = {
      file,
      name: cls.name,
      line: cls.line,
      cls,
      abstract: meta?.abstract === 'True',
      proxy: meta?.proxy === 'True',
      managed: managedText === undefined ? true : flag(managedText),
      appDir,
      appLabel: appLabel && appLabel !== '?' ? appLabel : basenameOf(appDir),
      parents,
      openFields,
      fields: [...fields.values()],
      otherNames,
    };
    building.delete(cls);
    built.set(cls, result);
    return result;
  };

  const models: DjangoModel[] = [];
  for (const [file, classes] of classesByFile) {
    for (const cls of classes) if (isModelClass(file, cls)) models.push(build(file, cls));
  }

  const byName = new Map<string, DjangoModel[]>();
  for (const entry of models) byName.set(entry.name.toLowerCase(), [...(byName.get(entry.name.toLowerCase()) ?? []), entry]);
  const unique = (name: string, preferApp?: string): DjangoModel | undefined => {
    const candidates = byName.get(name.toLowerCase()) ?? [];
    if (preferApp !== undefined) {
      const inApp = candidates.filter((candidate) => candidate.appLabel === preferApp);
      if (inApp.length === 1) return inApp[0];
      if (inApp.length > 1) return undefined;
    }
    return candidates.length === 1 ? candidates[0] : undefined;
  };

  const resolve = (file: string, name: string): DjangoModel | undefined => {
    const own = models.find((entry) => entry.file === file && entry.name === name);
    if (own) return own;
    const target = resolveSymbol(symbols, file, name);
    if (target?.name && target.rest.length === 0) {
      const found = models.find((entry) => entry.file === target.file && entry.name === target.name);
      if (found) return found;
    }
    return unique(name.split('.').pop()!);
  };

  const relatedModel = (field: ModelField, owner: DjangoModel): DjangoModel | undefined => {
    const to = field.to;
    if (!to || to === '?' || to.startsWith('settings.')) return undefined;
    if (to === 'self') return owner;
    const segments = to.split('.');
    if (segments.length === 2 && /^[a-z_][a-z0-9_]*$/.test(segments[0]!) && /^[A-Z]/.test(segments[1]!)) {
      // `app_label.ModelName` (a string) or `module.Model` (a name): try the label first.
      return unique(segments[1]!, segments[0]) ?? resolve(field.file, to);
    }
    return resolve(field.file, to) ?? unique(segments.at(-1)!, owner.appLabel);
  };

  const relations = new Map<DjangoModel, Map<string, DjangoRelation>>();
  const relationsOf = (target: DjangoModel, seen = new Set<DjangoModel>()): ReadonlyMap<string, DjangoRelation> => {
    if (relations.size === 0) buildRelations();
    const own = relations.get(target) ?? new Map<string, DjangoRelation>();
    // Multi-table inheritance: a row reaches its concrete parents' relations too.
    const concreteParents = target.parents.filter((parent) => !parent.abstract && !seen.has(parent));
    if (concreteParents.length === 0) return own;
    seen.add(target);
    const merged = new Map<string, DjangoRelation>();
    for (const parent of concreteParents) for (const [name, relation] of relationsOf(parent, seen)) merged.set(name, relation);
    for (const [name, relation] of own) merged.set(name, relation);
    return merged;
  };
  const buildRelations = () => {
    for (const entry of models) relations.set(entry, new Map());
    for (const entry of models) {
      if (entry.abstract) continue;
      for (const field of entry.fields) {
        if (!isRelationClass(field.fieldClass)) continue;
        const kind: RelationKind = field.fieldClass.endsWith('ManyToManyField') ? 'many-to-many' : field.fieldClass.endsWith('OneToOneField') ? 'one-to-one' : 'foreign-key';
        const other = relatedModel(field, entry);
        relations.get(entry)!.set(field.name, { name: field.name, kind, line: field.line, file: field.file, ...(other ? { target: other } : {}) });
        if (!other || field.relatedName?.endsWith('+')) continue;
        const lower = entry.name.toLowerCase();
        const accessor = field.relatedName
          ? field.relatedName.replaceAll('%(class)s', lower).replaceAll('%(app_label)s', entry.appLabel.toLowerCase())
          : kind === 'one-to-one'
            ? lower
            : `${lower}_set`;
        const reverse: RelationKind = kind === 'many-to-many' ? 'reverse-many-to-many' : kind === 'one-to-one' ? 'reverse-one-to-one' : 'reverse-foreign-key';
        const map = relations.get(other);
        if (map && !map.has(accessor)) map.set(accessor, { name: accessor, kind: reverse, target: entry, line: field.line, file: field.file });
      }
    }
  };

  return { models, resolve, relatedModel, relationsOf };
}
