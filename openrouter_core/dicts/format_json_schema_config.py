# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.format_json_schema_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "FormatJsonSchemaConfigDict",
]


class FormatJsonSchemaConfigDict(TypedDict, total=False):
    """The dict form of :class:`FormatJsonSchemaConfig`."""

    description: str | None
    name: Required[str]
    schema: Required[dict[str, Any]]
    strict: bool | None
    type: Required[Literal["json_schema"]]
