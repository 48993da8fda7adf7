# Generated from the OpenRouter OpenAPI spec (components/schemas/StreamEvents) by `python -m codegen`; do not edit.
"""Union of all possible event types emitted during response streaming."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.annotation_added_event import AnnotationAddedEvent
from openrouter_core.models.apply_patch_call_operation_diff_delta_event import (
    ApplyPatchCallOperationDiffDeltaEvent,
)
from openrouter_core.models.apply_patch_call_operation_diff_done_event import (
    ApplyPatchCallOperationDiffDoneEvent,
)
from openrouter_core.models.code_interpreter_call_code_delta_event import (
    CodeInterpreterCallCodeDeltaEvent,
)
from openrouter_core.models.code_interpreter_call_code_done_event import (
    CodeInterpreterCallCodeDoneEvent,
)
from openrouter_core.models.code_interpreter_call_completed_event import (
    CodeInterpreterCallCompletedEvent,
)
from openrouter_core.models.code_interpreter_call_in_progress_event import (
    CodeInterpreterCallInProgressEvent,
)
from openrouter_core.models.code_interpreter_call_interpreting_event import (
    CodeInterpreterCallInterpretingEvent,
)
from openrouter_core.models.content_part_added_event import ContentPartAddedEvent
from openrouter_core.models.content_part_done_event import ContentPartDoneEvent
from openrouter_core.models.custom_tool_call_input_delta_event import CustomToolCallInputDeltaEvent
from openrouter_core.models.custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
from openrouter_core.models.debug_event import DebugEvent
from openrouter_core.models.error_event import ErrorEvent
from openrouter_core.models.function_call_args_delta_event import FunctionCallArgsDeltaEvent
from openrouter_core.models.function_call_args_done_event import FunctionCallArgsDoneEvent
from openrouter_core.models.fusion_call_analysis_completed_event import (
    FusionCallAnalysisCompletedEvent,
)
from openrouter_core.models.fusion_call_analysis_in_progress_event import (
    FusionCallAnalysisInProgressEvent,
)
from openrouter_core.models.fusion_call_completed_event import FusionCallCompletedEvent
from openrouter_core.models.fusion_call_in_progress_event import FusionCallInProgressEvent
from openrouter_core.models.fusion_call_panel_added_event import FusionCallPanelAddedEvent
from openrouter_core.models.fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
from openrouter_core.models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
from openrouter_core.models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent
from openrouter_core.models.fusion_call_panel_reasoning_delta_event import (
    FusionCallPanelReasoningDeltaEvent,
)
from openrouter_core.models.image_gen_call_completed_event import ImageGenCallCompletedEvent
from openrouter_core.models.image_gen_call_generating_event import ImageGenCallGeneratingEvent
from openrouter_core.models.image_gen_call_in_progress_event import ImageGenCallInProgressEvent
from openrouter_core.models.image_gen_call_partial_image_event import ImageGenCallPartialImageEvent
from openrouter_core.models.open_responses_created_event import OpenResponsesCreatedEvent
from openrouter_core.models.open_responses_in_progress_event import OpenResponsesInProgressEvent
from openrouter_core.models.reasoning_delta_event import ReasoningDeltaEvent
from openrouter_core.models.reasoning_done_event import ReasoningDoneEvent
from openrouter_core.models.reasoning_summary_part_added_event import ReasoningSummaryPartAddedEvent
from openrouter_core.models.reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
from openrouter_core.models.reasoning_summary_text_delta_event import ReasoningSummaryTextDeltaEvent
from openrouter_core.models.reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
from openrouter_core.models.refusal_delta_event import RefusalDeltaEvent
from openrouter_core.models.refusal_done_event import RefusalDoneEvent
from openrouter_core.models.stream_events_response_completed import StreamEventsResponseCompleted
from openrouter_core.models.stream_events_response_failed import StreamEventsResponseFailed
from openrouter_core.models.stream_events_response_incomplete import StreamEventsResponseIncomplete
from openrouter_core.models.stream_events_response_output_item_added import (
    StreamEventsResponseOutputItemAdded,
)
from openrouter_core.models.stream_events_response_output_item_done import (
    StreamEventsResponseOutputItemDone,
)
from openrouter_core.models.text_delta_event import TextDeltaEvent
from openrouter_core.models.text_done_event import TextDoneEvent
from openrouter_core.models.web_search_call_completed_event import WebSearchCallCompletedEvent
from openrouter_core.models.web_search_call_in_progress_event import WebSearchCallInProgressEvent
from openrouter_core.models.web_search_call_searching_event import WebSearchCallSearchingEvent

StreamEvents: TypeAlias = (
    OpenResponsesCreatedEvent
    | OpenResponsesInProgressEvent
    | StreamEventsResponseCompleted
    | StreamEventsResponseIncomplete
    | StreamEventsResponseFailed
    | ErrorEvent
    | StreamEventsResponseOutputItemAdded
    | StreamEventsResponseOutputItemDone
    | ContentPartAddedEvent
    | ContentPartDoneEvent
    | TextDeltaEvent
    | TextDoneEvent
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | AnnotationAddedEvent
    | FunctionCallArgsDeltaEvent
    | FunctionCallArgsDoneEvent
    | ReasoningDeltaEvent
    | ReasoningDoneEvent
    | ReasoningSummaryPartAddedEvent
    | ReasoningSummaryPartDoneEvent
    | ReasoningSummaryTextDeltaEvent
    | ReasoningSummaryTextDoneEvent
    | ImageGenCallInProgressEvent
    | ImageGenCallGeneratingEvent
    | ImageGenCallPartialImageEvent
    | ImageGenCallCompletedEvent
    | CodeInterpreterCallInProgressEvent
    | CodeInterpreterCallInterpretingEvent
    | CodeInterpreterCallCompletedEvent
    | CodeInterpreterCallCodeDeltaEvent
    | CodeInterpreterCallCodeDoneEvent
    | WebSearchCallInProgressEvent
    | WebSearchCallSearchingEvent
    | WebSearchCallCompletedEvent
    | CustomToolCallInputDeltaEvent
    | CustomToolCallInputDoneEvent
    | ApplyPatchCallOperationDiffDeltaEvent
    | ApplyPatchCallOperationDiffDoneEvent
    | FusionCallInProgressEvent
    | FusionCallPanelAddedEvent
    | FusionCallPanelDeltaEvent
    | FusionCallPanelReasoningDeltaEvent
    | FusionCallPanelCompletedEvent
    | FusionCallPanelFailedEvent
    | FusionCallAnalysisInProgressEvent
    | FusionCallAnalysisCompletedEvent
    | FusionCallCompletedEvent
    | DebugEvent
    | dict[str, Any]
)
"""Union of all possible event types emitted during response streaming."""


_STREAM_EVENTS_BY_TYPE: dict[Any, Any] = {
    "error": ErrorEvent,
    "response.apply_patch_call_operation_diff.delta": ApplyPatchCallOperationDiffDeltaEvent,
    "response.apply_patch_call_operation_diff.done": ApplyPatchCallOperationDiffDoneEvent,
    "response.code_interpreter_call.completed": CodeInterpreterCallCompletedEvent,
    "response.code_interpreter_call.in_progress": CodeInterpreterCallInProgressEvent,
    "response.code_interpreter_call.interpreting": CodeInterpreterCallInterpretingEvent,
    "response.code_interpreter_call_code.delta": CodeInterpreterCallCodeDeltaEvent,
    "response.code_interpreter_call_code.done": CodeInterpreterCallCodeDoneEvent,
    "response.completed": StreamEventsResponseCompleted,
    "response.content_part.added": ContentPartAddedEvent,
    "response.content_part.done": ContentPartDoneEvent,
    "response.created": OpenResponsesCreatedEvent,
    "response.custom_tool_call_input.delta": CustomToolCallInputDeltaEvent,
    "response.custom_tool_call_input.done": CustomToolCallInputDoneEvent,
    "response.debug": DebugEvent,
    "response.failed": StreamEventsResponseFailed,
    "response.function_call_arguments.delta": FunctionCallArgsDeltaEvent,
    "response.function_call_arguments.done": FunctionCallArgsDoneEvent,
    "response.fusion_call.analysis.completed": FusionCallAnalysisCompletedEvent,
    "response.fusion_call.analysis.in_progress": FusionCallAnalysisInProgressEvent,
    "response.fusion_call.completed": FusionCallCompletedEvent,
    "response.fusion_call.in_progress": FusionCallInProgressEvent,
    "response.fusion_call.panel.added": FusionCallPanelAddedEvent,
    "response.fusion_call.panel.completed": FusionCallPanelCompletedEvent,
    "response.fusion_call.panel.delta": FusionCallPanelDeltaEvent,
    "response.fusion_call.panel.failed": FusionCallPanelFailedEvent,
    "response.fusion_call.panel.reasoning.delta": FusionCallPanelReasoningDeltaEvent,
    "response.image_generation_call.completed": ImageGenCallCompletedEvent,
    "response.image_generation_call.generating": ImageGenCallGeneratingEvent,
    "response.image_generation_call.in_progress": ImageGenCallInProgressEvent,
    "response.image_generation_call.partial_image": ImageGenCallPartialImageEvent,
    "response.in_progress": OpenResponsesInProgressEvent,
    "response.incomplete": StreamEventsResponseIncomplete,
    "response.output_item.added": StreamEventsResponseOutputItemAdded,
    "response.output_item.done": StreamEventsResponseOutputItemDone,
    "response.output_text.annotation.added": AnnotationAddedEvent,
    "response.output_text.delta": TextDeltaEvent,
    "response.output_text.done": TextDoneEvent,
    "response.reasoning_summary_part.added": ReasoningSummaryPartAddedEvent,
    "response.reasoning_summary_part.done": ReasoningSummaryPartDoneEvent,
    "response.reasoning_summary_text.delta": ReasoningSummaryTextDeltaEvent,
    "response.reasoning_summary_text.done": ReasoningSummaryTextDoneEvent,
    "response.reasoning_text.delta": ReasoningDeltaEvent,
    "response.reasoning_text.done": ReasoningDoneEvent,
    "response.refusal.delta": RefusalDeltaEvent,
    "response.refusal.done": RefusalDoneEvent,
    "response.web_search_call.completed": WebSearchCallCompletedEvent,
    "response.web_search_call.in_progress": WebSearchCallInProgressEvent,
    "response.web_search_call.searching": WebSearchCallSearchingEvent,
}


def _choose_stream_events(data: Any) -> Any:
    """The member of :data:`StreamEvents` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _STREAM_EVENTS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"StreamEvents: expected an object, got {type(data).__name__}")


register_union(StreamEvents, _choose_stream_events)
