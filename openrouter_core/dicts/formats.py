# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.formats` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.format_json_object_config import FormatJsonObjectConfigDict
    from openrouter_core.dicts.format_json_schema_config import FormatJsonSchemaConfigDict
    from openrouter_core.dicts.format_text_config import FormatTextConfigDict

__all__ = [
    "FormatsDict",
]

FormatsDict: TypeAlias = (
    "FormatTextConfigDict | FormatJsonObjectConfigDict | FormatJsonSchemaConfigDict"
)
