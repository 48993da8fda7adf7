"""Per-model structuring functions, generated once per class, for the converter's hot path.

cattrs' own generated functions call a hook for every field; for the scalar fields that make
up most of OpenRouter's payloads that call is most of the cost. The functions made here check
scalars inline (``v.__class__ is str``) and call the converter's hooks only for nested models,
lists and unions. They raise plain ``KeyError``/``TypeError`` on bad data; the converter then
asks its detailed twin (plain cattrs) to name the field, so error messages lose nothing.
"""

from __future__ import annotations

import linecache
import types
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import Unset

if TYPE_CHECKING:
    import cattrs

_SCALARS = (str, int, float, bool)
_MISSING = object()


def _scalar_check(kind: type, nullable: bool) -> str:
    """The inline test for one scalar field, or a call to the strict hook when it fails."""
    strict = f"_strict_{kind.__name__}"
    if kind is bool:
        test = "v is not True and v is not False"
    else:
        test = f"v.__class__ is not {kind.__name__}"
    if nullable:
        test = f"v is not None and {test}"
    return f"if {test}: v = {strict}(v, {kind.__name__})"


def _plan(field_type: Any) -> tuple[str, Any] | None:
    """How to check a field inline: ``("scalar", (kind, nullable))``, ``("dict", nullable)``,
    ``("nullable", inner_type)``, ``("any", None)``; None means "call the field's hook"."""
    if field_type is Any:
        return ("any", None)
    if field_type in _SCALARS:
        return ("scalar", (field_type, False))
    if field_type is dict or field_type == dict[str, Any]:
        return ("dict", False)
    if typing.get_origin(field_type) in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(field_type) if m is not Unset]
        nullable = type(None) in members
        rest = [m for m in members if m is not type(None)]
        if len(rest) == 1 and rest[0] in _SCALARS:
            return ("scalar", (rest[0], nullable))
        if len(rest) == 1 and (rest[0] is dict or rest[0] == dict[str, Any]):
            return ("dict", nullable)
        if len(rest) == 1 and nullable:
            # A nullable nested model or list: test for null here, call its hook directly.
            return ("nullable", rest[0])
    return None


class _FirstCallResolver:
    """Stands in for a field's hook until its first call, then puts the real hook in its place.

    Looking hooks up while the class's own function is being made would recurse forever for
    recursive models; after the first call the generated code calls the real hook directly.
    """

    def __init__(self, name: str, converter: cattrs.Converter, field_type: Any) -> None:
        self.name = name
        self.converter = converter
        self.field_type = field_type
        self.namespace: dict[str, Any] = {}

    def __call__(self, value: Any, field_type: Any) -> Any:
        hook = self.converter.get_structure_hook(self.field_type)
        self.namespace[self.name] = hook
        return hook(value, field_type)


def _plain(cls: type[Any]) -> bool:
    """Whether setting the fields directly is all ``__init__`` would do (true of our models)."""
    if hasattr(cls, "__attrs_post_init__") or hasattr(cls, "__attrs_pre_init__"):
        return False
    return all(
        field.init and field.validator is None and field.converter is None
        for field in attrs.fields(cls)
    )


def make_structure_fn(
    cls: type[Any],
    converter: cattrs.Converter,
    *,
    wire_name: str,
    extra_fields: str,
    strict: dict[str, Callable[[Any, Any], Any]],
) -> Callable[[Any, Any], Any] | None:
    """Generate the structuring function of one attrs model class (None: not a plain model)."""
    attrs.resolve_types(cls)
    fields = [field for field in attrs.fields(cls) if field.name != extra_fields]
    if not _plain(cls):
        return None
    keeps_extra = len(fields) != len(attrs.fields(cls))
    helpers: dict[str, Any] = {
        "__cl": cls,
        "_MISSING": _MISSING,
        "_new": object.__new__,
        "_set": object.__setattr__,
        **strict,
    }
    # Fields are set on a bare instance: the same stores attrs' frozen __init__ makes, without
    # building and unpacking a keyword dict for every object.
    lines = [
        "def structure(o, _):",
        "    if o.__class__ is not dict:",
        "        if o.__class__ is __cl:",
        "            return o",
        "        raise TypeError(f'expected an object for {__cl.__name__}, got {type(o).__name__}')",
        "    obj = _new(__cl)",
    ]
    for index, field in enumerate(fields):
        wire = field.metadata.get(wire_name, field.name)
        required = field.default is attrs.NOTHING
        plan = _plan(field.type)
        if plan is None:
            helpers[f"h{index}"] = _FirstCallResolver(f"h{index}", converter, field.type)
            helpers[f"t{index}"] = field.type
            check = f"v = h{index}(v, t{index})"
        elif plan[0] == "nullable":
            helpers[f"h{index}"] = _FirstCallResolver(f"h{index}", converter, plan[1])
            helpers[f"t{index}"] = plan[1]
            check = f"if v is not None: v = h{index}(v, t{index})"
        elif plan[0] == "scalar":
            kind, nullable = plan[1]
            check = _scalar_check(kind, nullable)
        elif plan[0] == "dict":
            nullable = plan[1]
            test = "v.__class__ is not dict"
            if nullable:
                test = f"v is not None and {test}"
            check = f"if {test}: raise TypeError('expected an object')"
        else:
            check = ""
        if required:
            lines.append(f"    v = o[{wire!r}]")
            if check:
                lines.append(f"    {check}")
            lines.append(f"    _set(obj, {field.name!r}, v)")
        else:
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                helpers[f"f{index}"] = field.default.factory
                default = f"f{index}()"
            else:
                helpers[f"d{index}"] = field.default
                default = f"d{index}"
            lines.append(f"    v = o.get({wire!r}, _MISSING)")
            lines.append("    if v is _MISSING:")
            lines.append(f"        _set(obj, {field.name!r}, {default})")
            lines.append("    else:")
            if check:
                lines.append(f"        {check}")
            lines.append(f"        _set(obj, {field.name!r}, v)")
    if keeps_extra:
        known = frozenset(field.metadata.get(wire_name, field.name) for field in fields)
        helpers["_known"] = known
        lines += [
            f"    if len(o) > {len(known)} or not _known.issuperset(o):",
            f"        _set(obj, {extra_fields!r}, {{k: x for k, x in o.items() if k not in _known}})",
            "    else:",
            f"        _set(obj, {extra_fields!r}, {{}})",
        ]
    lines.append("    return obj")
    source = "\n".join(lines) + "\n"
    filename = f"<openrouter structure {cls.__module__}.{cls.__qualname__}>"
    # Registered with linecache so tracebacks through generated code stay readable.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace: dict[str, Any] = dict(helpers)
    for value in helpers.values():
        if isinstance(value, _FirstCallResolver):
            value.namespace = namespace
    exec(compile(source, filename, "exec"), namespace)
    function: Callable[[Any, Any], Any] = namespace["structure"]
    return function
