# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.stored_prompt_template` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.input_file import InputFileDict
    from openrouter_core.dicts.input_image import InputImageDict
    from openrouter_core.dicts.input_text import InputTextDict

__all__ = [
    "StoredPromptTemplateDict",
    "StoredPromptTemplateVariablesValueDict",
]


class StoredPromptTemplateDict(TypedDict, total=False):
    """The dict form of :class:`StoredPromptTemplate`."""

    id: Required[str]
    variables: dict[str, StoredPromptTemplateVariablesValueDict] | None


StoredPromptTemplateVariablesValueDict: TypeAlias = (
    "str | InputTextDict | InputImageDict | InputFileDict"
)
