# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.function_call_output_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.input_file import InputFileDict
    from openrouter_core.dicts.input_text import InputTextDict

__all__ = [
    "FunctionCallOutputItemDict",
    "FunctionCallOutputItemOutputDict",
    "FunctionCallOutputItemOutputItemDict",
    "FunctionCallOutputItemOutputItemVariant2Dict",
]


class FunctionCallOutputItemDict(TypedDict, total=False):
    """The dict form of :class:`FunctionCallOutputItem`."""

    call_id: Required[str]
    id: str | None
    output: Required[FunctionCallOutputItemOutputDict]
    status: Literal["in_progress", "completed", "incomplete"] | str | None
    type: Required[Literal["function_call_output"]]


FunctionCallOutputItemOutputDict: TypeAlias = "str | list[FunctionCallOutputItemOutputItemDict]"


FunctionCallOutputItemOutputItemDict: TypeAlias = (
    "InputTextDict | FunctionCallOutputItemOutputItemVariant2Dict | InputFileDict"
)


class FunctionCallOutputItemOutputItemVariant2Dict(TypedDict, total=False):
    """The dict form of :class:`FunctionCallOutputItemOutputItemVariant2`."""

    detail: Required[Literal["auto", "high", "low", "original"] | str]
    image_url: str | None
    type: Required[Literal["input_image"]]
