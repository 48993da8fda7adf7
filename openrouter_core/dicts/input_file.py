# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.input_file` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "InputFileDict",
]


class InputFileDict(TypedDict, total=False):
    """The dict form of :class:`InputFile`."""

    file_data: str | None
    file_id: str | None
    file_url: str | None
    filename: str | None
    type: Required[Literal["input_file"]]
