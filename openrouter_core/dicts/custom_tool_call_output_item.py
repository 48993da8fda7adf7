# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.custom_tool_call_output_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.input_file import InputFileDict
    from openrouter_core.dicts.input_text import InputTextDict

__all__ = [
    "CustomToolCallOutputItemDict",
    "CustomToolCallOutputItemOutputDict",
    "CustomToolCallOutputItemOutputItemDict",
    "CustomToolCallOutputItemOutputItemVariant2Dict",
]


class CustomToolCallOutputItemDict(TypedDict, total=False):
    """The dict form of :class:`CustomToolCallOutputItem`."""

    call_id: Required[str]
    id: str | None
    output: Required[CustomToolCallOutputItemOutputDict]
    type: Required[Literal["custom_tool_call_output"]]


CustomToolCallOutputItemOutputDict: TypeAlias = "str | list[CustomToolCallOutputItemOutputItemDict]"


CustomToolCallOutputItemOutputItemDict: TypeAlias = (
    "InputTextDict | CustomToolCallOutputItemOutputItemVariant2Dict | InputFileDict"
)


class CustomToolCallOutputItemOutputItemVariant2Dict(TypedDict, total=False):
    """The dict form of :class:`CustomToolCallOutputItemOutputItemVariant2`."""

    detail: Required[Literal["auto", "high", "low", "original"] | str]
    image_url: str | None
    type: Required[Literal["input_image"]]
