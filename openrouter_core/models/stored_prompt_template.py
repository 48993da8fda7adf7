# Generated from the OpenRouter OpenAPI spec (components/schemas/StoredPromptTemplate) by `python -m codegen`; do not edit.
"""The ``StoredPromptTemplate`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.input_file import InputFile
from openrouter_core.models.input_image import InputImage
from openrouter_core.models.input_text import InputText

StoredPromptTemplateVariablesValue: TypeAlias = (
    str | InputText | InputImage | InputFile | dict[str, Any]
)
"""One of :class:`str`, :class:`InputText`, :class:`InputImage`, :class:`InputFile`, ``dict[str,
Any]``.
"""


_STORED_PROMPT_TEMPLATE_VARIABLES_VALUE_BY_TYPE: dict[Any, Any] = {
    "input_file": InputFile,
    "input_image": InputImage,
    "input_text": InputText,
}


def _choose_stored_prompt_template_variables_value(data: Any) -> Any:
    """The member of :data:`StoredPromptTemplateVariablesValue` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return _STORED_PROMPT_TEMPLATE_VARIABLES_VALUE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"StoredPromptTemplateVariablesValue: expected a string or an object, got {type(data).__name__}"
    )


register_union(StoredPromptTemplateVariablesValue, _choose_stored_prompt_template_variables_value)


@attrs.frozen(kw_only=True)
class StoredPromptTemplate:
    """The ``StoredPromptTemplate`` object."""

    id: str
    variables: dict[str, StoredPromptTemplateVariablesValue] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str,
        variables: dict[str, StoredPromptTemplateVariablesValue] | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("variables", variables)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(id={self.id!r}, variables={self.variables!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.id, self.variables, self.extra_fields) == (
            other.id,
            other.variables,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("StoredPromptTemplate", self.id, self.variables, self.extra_fields))

    # --- end of attrs methods ---
