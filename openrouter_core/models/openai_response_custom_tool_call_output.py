# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponseCustomToolCallOutput) by `python -m codegen`; do not edit.
"""The ``OpenAIResponseCustomToolCallOutput`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.input_file import InputFile
from openrouter_core.models.input_image import InputImage
from openrouter_core.models.input_text import InputText

OpenAIResponseCustomToolCallOutputOutputItem: TypeAlias = (
    InputText | InputImage | InputFile | dict[str, Any]
)
"""One of the shapes of :class:`OpenAIResponseCustomToolCallOutputOutput`."""


_OPENAI_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_OUTPUT_ITEM_BY_TYPE: dict[Any, Any] = {
    "input_file": InputFile,
    "input_image": InputImage,
    "input_text": InputText,
}


def _choose_openai_response_custom_tool_call_output_output_item(data: Any) -> Any:
    """The member of :data:`OpenAIResponseCustomToolCallOutputOutputItem` that ``data`` is, by its
    ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OPENAI_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_OUTPUT_ITEM_BY_TYPE.get(
            data.get("type"), dict
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"OpenAIResponseCustomToolCallOutputOutputItem: expected an object, got {type(data).__name__}"
    )


register_union(
    OpenAIResponseCustomToolCallOutputOutputItem,
    _choose_openai_response_custom_tool_call_output_output_item,
)


OpenAIResponseCustomToolCallOutputOutput: TypeAlias = (
    str | list[OpenAIResponseCustomToolCallOutputOutputItem]
)
"""The ``output`` of a :class:`OpenAIResponseCustomToolCallOutput`."""


def _choose_openai_response_custom_tool_call_output_output(data: Any) -> Any:
    """The member of :data:`OpenAIResponseCustomToolCallOutputOutput` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[OpenAIResponseCustomToolCallOutputOutputItem]
    raise TypeError(
        f"OpenAIResponseCustomToolCallOutputOutput: expected a string or an array, got {type(data).__name__}"
    )


register_union(
    OpenAIResponseCustomToolCallOutputOutput, _choose_openai_response_custom_tool_call_output_output
)


@attrs.frozen(kw_only=True)
class OpenAIResponseCustomToolCallOutput:
    """The ``OpenAIResponseCustomToolCallOutput`` object."""

    call_id: str
    id: str | None = None
    output: OpenAIResponseCustomToolCallOutputOutput
    type: str = "custom_tool_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call_id: str,
        id: str | None = None,
        output: OpenAIResponseCustomToolCallOutputOutput,
        type: str = "custom_tool_call_output",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("output", output)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"output={self.output!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.call_id, self.id, self.output, self.type, self.extra_fields) == (
            other.call_id,
            other.id,
            other.output,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OpenAIResponseCustomToolCallOutput",
                self.call_id,
                self.id,
                self.output,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
