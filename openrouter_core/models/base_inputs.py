# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseInputs) by `python -m codegen`; do not edit.
"""One of :class:`str`, ``list[BaseInputsItem]``."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.apply_patch_call_item import ApplyPatchCallItem
from openrouter_core.models.apply_patch_call_output_item import ApplyPatchCallOutputItem
from openrouter_core.models.input_audio import InputAudio
from openrouter_core.models.input_file import InputFile
from openrouter_core.models.input_image import InputImage
from openrouter_core.models.input_text import InputText
from openrouter_core.models.openai_response_custom_tool_call import OpenAIResponseCustomToolCall
from openrouter_core.models.openai_response_custom_tool_call_output import (
    OpenAIResponseCustomToolCallOutput,
)
from openrouter_core.models.openai_response_function_tool_call import OpenAIResponseFunctionToolCall
from openrouter_core.models.openai_response_function_tool_call_output import (
    OpenAIResponseFunctionToolCallOutput,
)
from openrouter_core.models.openai_response_input_message_item import OpenAIResponseInputMessageItem
from openrouter_core.models.output_item_image_generation_call import OutputItemImageGenerationCall
from openrouter_core.models.output_message import OutputMessage

BaseInputsItemMessageContentItem: TypeAlias = (
    InputText | InputImage | InputFile | InputAudio | dict[str, Any]
)
"""One of the shapes of :class:`BaseInputsItemMessageContent`."""


_BASE_INPUTS_ITEM_MESSAGE_CONTENT_ITEM_BY_TYPE: dict[Any, Any] = {
    "input_audio": InputAudio,
    "input_file": InputFile,
    "input_image": InputImage,
    "input_text": InputText,
}


def _choose_base_inputs_item_message_content_item(data: Any) -> Any:
    """The member of :data:`BaseInputsItemMessageContentItem` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _BASE_INPUTS_ITEM_MESSAGE_CONTENT_ITEM_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"BaseInputsItemMessageContentItem: expected an object, got {type(data).__name__}"
    )


register_union(BaseInputsItemMessageContentItem, _choose_base_inputs_item_message_content_item)


BaseInputsItemMessageContent: TypeAlias = list[BaseInputsItemMessageContentItem] | str
"""The ``content`` of a :class:`BaseInputsItemMessage`."""


def _choose_base_inputs_item_message_content(data: Any) -> Any:
    """The member of :data:`BaseInputsItemMessageContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[BaseInputsItemMessageContentItem]
    raise TypeError(
        f"BaseInputsItemMessageContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(BaseInputsItemMessageContent, _choose_base_inputs_item_message_content)


@attrs.frozen(kw_only=True)
class BaseInputsItemMessage:
    """One of the shapes of :class:`BaseInputsItem`."""

    content: BaseInputsItemMessageContent
    phase: str | Unset | None = UNSET
    role: str = "user"
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: BaseInputsItemMessageContent,
        phase: str | Unset | None = UNSET,
        role: str = "user",
        type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("phase", phase)
        _setattr("role", role)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"phase={self.phase!r}, "
            f"role={self.role!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.phase, self.role, self.type, self.extra_fields) == (
            other.content,
            other.phase,
            other.role,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BaseInputsItemMessage",
                self.content,
                self.phase,
                self.role,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


BaseInputsItem: TypeAlias = (
    BaseInputsItemMessage
    | OpenAIResponseInputMessageItem
    | OpenAIResponseFunctionToolCallOutput
    | OpenAIResponseFunctionToolCall
    | OutputItemImageGenerationCall
    | OutputMessage
    | OpenAIResponseCustomToolCall
    | OpenAIResponseCustomToolCallOutput
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | dict[str, Any]
)
"""One of the shapes of :class:`BaseInputs`."""


_BASE_INPUTS_ITEM_BY_TYPE: dict[Any, Any] = {
    "apply_patch_call": ApplyPatchCallItem,
    "apply_patch_call_output": ApplyPatchCallOutputItem,
    "custom_tool_call": OpenAIResponseCustomToolCall,
    "custom_tool_call_output": OpenAIResponseCustomToolCallOutput,
    "function_call": OpenAIResponseFunctionToolCall,
    "function_call_output": OpenAIResponseFunctionToolCallOutput,
    "image_generation_call": OutputItemImageGenerationCall,
    "message": BaseInputsItemMessage | OpenAIResponseInputMessageItem | OutputMessage,
}


def _choose_base_inputs_item(data: Any) -> Any:
    """The member of :data:`BaseInputsItem` that ``data`` is, by its ``type``. Members that share a
    ``type`` are tried in order.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _BASE_INPUTS_ITEM_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"BaseInputsItem: expected an object, got {type(data).__name__}")


register_union(BaseInputsItem, _choose_base_inputs_item)


BaseInputs: TypeAlias = str | list[BaseInputsItem]
"""One of :class:`str`, ``list[BaseInputsItem]``."""


def _choose_base_inputs(data: Any) -> Any:
    """The member of :data:`BaseInputs` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[BaseInputsItem]
    raise TypeError(f"BaseInputs: expected a string or an array, got {type(data).__name__}")


register_union(BaseInputs, _choose_base_inputs)
