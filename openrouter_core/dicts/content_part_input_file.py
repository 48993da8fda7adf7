# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.content_part_input_file` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.multimodal_media import MultimodalMediaDict

__all__ = [
    "ContentPartInputFileDict",
]


class ContentPartInputFileDict(TypedDict, total=False):
    """The dict form of :class:`ContentPartInputFile`."""

    input_file: Required[MultimodalMediaDict]
    type: Required[Literal["input_file"]]
