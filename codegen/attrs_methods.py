"""Write attrs' methods into ``@attrs.frozen`` classes as source, ahead of time.

attrs builds ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__`` for each class when its
module is imported, by compiling generated source: about half of a class's cost at import, and
most of what a serverless cold start pays for our package. attrs skips any of these methods a
class already defines (its ``auto_detect``), so this module writes them out once, into the
class body, between two marker comments; attrs then records the fields and compiles only
its own ``__attrs_init__``.

The methods are derived from the class's source alone (its annotated fields and their
``attrs.field(...)`` arguments), so generated modules get them before they are written.
``python -m codegen`` applies this to the models and request classes it generates.
Hand-written modules never carry these blocks: a reader follows a value through the
class's fields, and a field edit needs no generator run.

Only what our classes use is supported (``default``, ``factory``, ``validator``, ``repr``,
``eq``, ``init``, ``kw_only``); anything else is an error here rather than a silent
difference from what attrs would have built.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterable, Mapping

import attrs

from codegen.render import import_section

BEGIN = "    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---"
END = "    # --- end of attrs methods ---"
#: A written block with the blank line before it, so removing it restores the class as it was.
_BLOCK = re.compile("\n\n" + re.escape(BEGIN) + r"\n.*?" + re.escape(END), re.DOTALL)
_BUILTINS_IMPORT = re.compile(r"^import builtins\n(?:\n(?=import |from ))?", re.MULTILINE)
_FIELD_OPTIONS = frozenset({"default", "factory", "validator", "repr", "eq", "init", "metadata"})
_CLASS_OPTIONS = frozenset({"kw_only"})
_BUILTIN_NAMES = frozenset(dir(builtins))


@attrs.frozen
class Field:
    """One attribute as the class source declares it."""

    name: str
    annotation: str
    #: Source of the default value, or of the factory called when the argument is left out.
    default: str | None = None
    factory: str | None = None
    validator: str | None = None
    init: bool = True
    repr: bool = True
    eq: bool = True

    @property
    def parameter(self) -> str:
        """The ``__init__`` argument's name: attrs drops leading underscores (its alias)."""
        return self.name.lstrip("_")


@attrs.frozen
class FrozenClass:
    """A ``@attrs.frozen`` class: its name, whether its arguments are keyword-only, its fields."""

    name: str
    kw_only: bool
    fields: tuple[Field, ...]
    #: The line (1-based) the class body ends on, where the methods go.
    end_line: int


def write_methods(source: str) -> str:
    """``source`` with every ``@attrs.frozen`` class's methods written out (replacing old ones)."""
    bare = _BLOCK.sub("", source)
    lines = bare.split("\n")
    classes = frozen_classes(bare)
    for cls in sorted(classes, key=lambda c: c.end_line, reverse=True):
        lines[cls.end_line : cls.end_line] = ["", *render_methods(cls).split("\n")]
    written = "\n".join(lines)
    uses = len(re.findall(r"\bbuiltins\b", written)) - len(_BUILTINS_IMPORT.findall(written))
    if uses and not _BUILTINS_IMPORT.search(written):
        written = _with_builtins_import(written)
    elif not uses:  # only our methods needed it, and they no longer do
        written = _BUILTINS_IMPORT.sub("", written)
    return written


def _shadowed(cls: FrozenClass) -> set[str]:
    """Builtins a field hides: in the class body (where type checkers resolve the methods'
    annotations) by its name, and in ``__init__`` by its argument (``object`` and ``type``
    are common API fields)."""
    names = {field.name for field in cls.fields} | {field.parameter for field in cls.fields}
    return names & _BUILTIN_NAMES


def _builtin(cls: FrozenClass, name: str) -> str:
    """``name`` as the methods must spell it: ``builtins.<name>`` where a field hides it."""
    if name in _shadowed(cls):
        return f"builtins.{name}"
    root = name.split(".")[0]
    if root in {field.parameter for field in cls.fields}:
        raise ValueError(f"class {cls.name}: argument {root!r} hides {name!r} in __init__")
    return name


def _with_builtins_import(source: str) -> str:
    """``source`` importing ``builtins``, placed where isort puts it (first of the stdlib)."""
    lines = source.split("\n")
    future = lines.index("from __future__ import annotations")
    first = future + 2  # the line after the future import's blank line
    module = lines[first].split()[1] if lines[first] else ""
    same_section = bool(module) and import_section(module) == import_section("builtins")
    lines[first:first] = ["import builtins"] if same_section else ["import builtins", ""]
    return "\n".join(lines)


def write_methods_into(files: Mapping[str, str]) -> dict[str, str]:
    """``files`` ({path: text}) with the methods written into every Python file's frozen classes."""
    return {
        path: write_methods(text) if path.endswith(".py") and "@attrs.frozen" in text else text
        for path, text in files.items()
    }


def frozen_classes(source: str) -> list[FrozenClass]:
    """The top-level ``@attrs.frozen`` classes of ``source``."""
    tree = ast.parse(source)
    found = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        kw_only = _frozen_decorator(node)
        if kw_only is None:
            continue
        fields = tuple(_fields(node, source))
        assert node.end_lineno is not None
        found.append(FrozenClass(node.name, kw_only, fields, node.end_lineno))
    return found


def _frozen_decorator(node: ast.ClassDef) -> bool | None:
    """``kw_only`` of the class's ``@attrs.frozen``, or None when it has none."""
    for decorator in node.decorator_list:
        call = decorator if isinstance(decorator, ast.Call) else None
        target = call.func if call is not None else decorator
        if ast.unparse(target) != "attrs.frozen":
            continue
        options = {kw.arg: kw.value for kw in call.keywords} if call is not None else {}
        unknown = set(options) - _CLASS_OPTIONS
        if unknown:
            raise ValueError(
                f"class {node.name}: @attrs.frozen({', '.join(sorted(map(str, unknown)))})"
            )
        return _flag(options.get("kw_only"), False, node.name)
    return None


def _fields(node: ast.ClassDef, source: str) -> Iterable[Field]:
    for statement in node.body:
        if isinstance(statement, ast.Assign) and _is_attrs_call(statement.value):
            raise ValueError(f"class {node.name}: a field without an annotation")
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        annotation = _text(source, statement.annotation)
        if "ClassVar" in annotation:
            continue
        name, value = statement.target.id, statement.value
        if value is None:
            yield Field(name, annotation)
        elif _is_attrs_call(value):
            assert isinstance(value, ast.Call)
            yield _field_call(name, annotation, value, source, node.name)
        else:
            yield Field(name, annotation, default=_text(source, value))


def _is_attrs_call(value: ast.expr | None) -> bool:
    return isinstance(value, ast.Call) and ast.unparse(value.func).startswith(("attrs.", "attr."))


def _field_call(name: str, annotation: str, call: ast.Call, source: str, owner: str) -> Field:
    where = f"class {owner}, field {name}"
    if ast.unparse(call.func) != "attrs.field" or call.args:
        raise ValueError(f"{where}: only attrs.field(keyword=...) is supported")
    options = {kw.arg: kw.value for kw in call.keywords}
    unknown = set(options) - _FIELD_OPTIONS
    if unknown:
        raise ValueError(f"{where}: attrs.field({', '.join(sorted(map(str, unknown)))})")

    def text(key: str) -> str | None:
        value = options.get(key)
        return None if value is None else _text(source, value)

    return Field(
        name,
        annotation,
        default=text("default"),
        factory=text("factory"),
        validator=text("validator"),
        init=_flag(options.get("init"), True, where),
        repr=_flag(options.get("repr"), True, where),
        eq=_flag(options.get("eq"), True, where),
    )


def _flag(value: ast.expr | None, default: bool, where: str) -> bool:
    if value is None:
        return default
    if isinstance(value, ast.Constant) and isinstance(value.value, bool):
        return value.value
    raise ValueError(f"{where}: a flag must be True or False, not {ast.unparse(value)}")


def _text(source: str, node: ast.expr) -> str:
    segment = ast.get_source_segment(source, node)
    return " ".join(segment.split()) if segment is not None else ast.unparse(node)


def render_methods(cls: FrozenClass) -> str:
    """The marked block of methods for ``cls``, indented for its class body."""
    methods = [_init(cls), _repr(cls), _eq(cls), _hash(cls)]
    return "\n".join([BEGIN, "\n\n".join(methods), END])


def _init(cls: FrozenClass) -> str:
    parameters = []
    stores = []
    for field in cls.fields:
        argument = field.parameter
        if field.init and field.factory is not None:
            parameters.append(f"{argument}: {_or_nothing(field.annotation)} = attrs.NOTHING")
            factory = _builtin(cls, field.factory)
            nothing = _builtin(cls, "attrs.NOTHING")
            value = f"{factory}() if {argument} is {nothing} else {argument}"
        elif field.init:
            default = "" if field.default is None else f" = {field.default}"
            parameters.append(f"{argument}: {field.annotation}{default}")
            value = argument
        elif field.factory is not None:
            value = f"{_builtin(cls, field.factory)}()"
        elif field.default is not None:
            value = field.default
        else:
            continue  # init=False without a default stays unset, as attrs leaves it
        stores.append(f"        _setattr({field.name!r}, {value})")
    if cls.kw_only and parameters:
        parameters.insert(0, "*")
    # A frozen class's __setattr__ refuses every store; attrs' own __init__ goes past it so.
    setattr_of = f"{_builtin(cls, 'object')}.__setattr__.__get__(self)"
    body = [f"        _setattr = {setattr_of}", *stores] if stores else []
    validated = [(field.name, field.validator) for field in cls.fields if field.validator]
    if validated:
        body.append(f"        if not {_builtin(cls, 'attrs.validators.get_disabled')}():")
        body.append("            _fields = self.__attrs_attrs__")
        body.extend(
            f"            {_builtin(cls, validator)}(self, _fields.{name}, self.{name})"
            for name, validator in validated
        )
    signature = f"    def __init__({', '.join(['self', *parameters])}) -> None:"
    return "\n".join([signature, *(body or ["        pass"])])


def _or_nothing(annotation: str) -> str:
    """``annotation`` widened by attrs' "left out" marker (None stays last, as ruff likes)."""
    head, nullable, _ = annotation.rpartition(" | None")
    if nullable and not _:
        return f"{head} | attrs.NothingType | None"
    return f"{annotation} | attrs.NothingType"


def _repr(cls: FrozenClass) -> str:
    shown = [f"{field.name}={{self.{field.name}!r}}" for field in cls.fields if field.repr]
    pieces = ['f"{self.__class__.__qualname__}("']
    pieces += [f'f"{item}, "' for item in shown[:-1]]
    pieces.append(f'f"{shown[-1]})"' if shown else '")"')
    lines = "\n".join(f"            {piece}" for piece in pieces)
    returns = _builtin(cls, "str")
    return f"    def __repr__(self) -> {returns}:\n        return (\n{lines}\n        )"


def _eq_fields(cls: FrozenClass) -> list[str]:
    return [field.name for field in cls.fields if field.eq]


def _eq(cls: FrozenClass) -> str:
    names = _eq_fields(cls)
    compared = f"{_tuple('self', names)} == {_tuple('other', names)}" if names else "True"
    return (
        f"    def __eq__(self, other: {_builtin(cls, 'object')}) -> {_builtin(cls, 'bool')}:\n"
        "        if type(other) is not type(self):\n"
        "            return NotImplemented\n"
        f"        return {compared}"
    )


def _hash(cls: FrozenClass) -> str:
    # The class name goes in first, as attrs mixes in a per-class value: equal field values
    # of two different classes should not hash alike.
    values = ", ".join([repr(cls.name), *(f"self.{name}" for name in _eq_fields(cls))])
    returns = _builtin(cls, "int")
    return f"    def __hash__(self) -> {returns}:\n        return hash(({values}))"


def _tuple(owner: str, names: list[str]) -> str:
    items = ", ".join(f"{owner}.{name}" for name in names)
    return f"({items},)" if len(names) == 1 else f"({items})"
