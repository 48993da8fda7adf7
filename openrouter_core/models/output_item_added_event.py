# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemAddedEvent) by `python -m codegen`; do not edit.
"""Event emitted when a new output item is added to the response."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.output_item_apply_patch_call import OutputItemApplyPatchCall
from openrouter_core.models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
from openrouter_core.models.output_item_custom_tool_call import OutputItemCustomToolCall
from openrouter_core.models.output_item_file_search_call import OutputItemFileSearchCall
from openrouter_core.models.output_item_function_call import OutputItemFunctionCall
from openrouter_core.models.output_item_image_generation_call import OutputItemImageGenerationCall
from openrouter_core.models.output_item_reasoning import OutputItemReasoning
from openrouter_core.models.output_item_web_search_call import OutputItemWebSearchCall
from openrouter_core.models.output_message import OutputMessage

OutputItemAddedEventItem: TypeAlias = (
    OutputMessage
    | OutputItemReasoning
    | OutputItemFunctionCall
    | OutputItemCustomToolCall
    | OutputItemWebSearchCall
    | OutputItemFileSearchCall
    | OutputItemImageGenerationCall
    | OutputItemApplyPatchCall
    | OutputItemCodeInterpreterCall
    | dict[str, Any]
)
"""The ``item`` of a :class:`OutputItemAddedEvent`."""


_OUTPUT_ITEM_ADDED_EVENT_ITEM_BY_TYPE: dict[Any, Any] = {
    "apply_patch_call": OutputItemApplyPatchCall,
    "code_interpreter_call": OutputItemCodeInterpreterCall,
    "custom_tool_call": OutputItemCustomToolCall,
    "file_search_call": OutputItemFileSearchCall,
    "function_call": OutputItemFunctionCall,
    "image_generation_call": OutputItemImageGenerationCall,
    "message": OutputMessage,
    "reasoning": OutputItemReasoning,
    "web_search_call": OutputItemWebSearchCall,
}


def _choose_output_item_added_event_item(data: Any) -> Any:
    """The member of :data:`OutputItemAddedEventItem` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OUTPUT_ITEM_ADDED_EVENT_ITEM_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"OutputItemAddedEventItem: expected an object, got {type(data).__name__}")


register_union(OutputItemAddedEventItem, _choose_output_item_added_event_item)


@attrs.frozen(kw_only=True)
class OutputItemAddedEvent:
    """Event emitted when a new output item is added to the response."""

    item: OutputItemAddedEventItem
    output_index: int
    sequence_number: int
    type: str = "response.output_item.added"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        item: OutputItemAddedEventItem,
        output_index: int,
        sequence_number: int,
        type: str = "response.output_item.added",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("item", item)
        _setattr("output_index", output_index)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"item={self.item!r}, "
            f"output_index={self.output_index!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.item,
            self.output_index,
            self.sequence_number,
            self.type,
            self.extra_fields,
        ) == (other.item, other.output_index, other.sequence_number, other.type, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "OutputItemAddedEvent",
                self.item,
                self.output_index,
                self.sequence_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
