# Generated from the OpenRouter OpenAPI spec (components/schemas/CustomTool) by `python -m codegen`; do not edit.
"""Custom tool configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union


@attrs.frozen(kw_only=True)
class CustomToolFormatGrammar:
    """One of the shapes of :class:`CustomToolFormat`."""

    definition: str
    syntax: str
    """Known values: ``"lark"``, ``"regex"``."""
    type: str = "grammar"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class CustomToolFormatText:
    """One of the shapes of :class:`CustomToolFormat`."""

    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


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
