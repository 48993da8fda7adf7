# Generated from the OpenRouter OpenAPI spec (components/schemas/CustomTool) by `python -m codegen`; do not edit.
"""Custom tool configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union


@attrs.frozen(kw_only=True)
class CustomToolFormatGrammar:
    """One of the shapes of :class:`CustomToolFormat`."""

    definition: str
    syntax: str
    """Known values: ``"lark"``, ``"regex"``."""
    type: str = "grammar"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        definition: str,
        syntax: str,
        type: str = "grammar",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("definition", definition)
        _setattr("syntax", syntax)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"definition={self.definition!r}, "
            f"syntax={self.syntax!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.definition, self.syntax, self.type, self.extra_fields) == (
            other.definition,
            other.syntax,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("CustomToolFormatGrammar", self.definition, self.syntax, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class CustomToolFormatText:
    """One of the shapes of :class:`CustomToolFormat`."""

    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "text",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.extra_fields) == (other.type, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("CustomToolFormatText", self.type, self.extra_fields))

    # --- end of attrs methods ---


CustomToolFormat: TypeAlias = CustomToolFormatText | CustomToolFormatGrammar | dict[str, Any]
"""The ``format`` of a :class:`CustomTool`."""


_CUSTOM_TOOL_FORMAT_BY_TYPE: dict[Any, Any] = {
    "grammar": CustomToolFormatGrammar,
    "text": CustomToolFormatText,
}


def _choose_custom_tool_format(data: Any) -> Any:
    """The member of :data:`CustomToolFormat` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CUSTOM_TOOL_FORMAT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"CustomToolFormat: expected an object, got {type(data).__name__}")


register_union(CustomToolFormat, _choose_custom_tool_format)


@attrs.frozen(kw_only=True)
class CustomTool:
    """Custom tool configuration."""

    description: str | None = None
    format: CustomToolFormat | None = None
    name: str
    type: str = "custom"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        description: str | None = None,
        format: CustomToolFormat | None = None,
        name: str,
        type: str = "custom",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("description", description)
        _setattr("format", format)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"format={self.format!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.description, self.format, self.name, self.type, self.extra_fields) == (
            other.description,
            other.format,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("CustomTool", self.description, self.format, self.name, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
