# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenResponsesResult) by `python -m codegen`; do not edit.
"""Complete non-streaming response from the Responses API."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.base_inputs import BaseInputs
    from openrouter_core.models.base_reasoning_config import BaseReasoningConfig
    from openrouter_core.models.base_responses_result import BaseResponsesResultTools
    from openrouter_core.models.incomplete_details import IncompleteDetails
    from openrouter_core.models.openai_responses_tool_choice import OpenAIResponsesToolChoice
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata
    from openrouter_core.models.output_items import OutputItems
    from openrouter_core.models.prompt_cache_options import PromptCacheOptions
    from openrouter_core.models.responses_error_field import ResponsesErrorField
    from openrouter_core.models.stored_prompt_template import StoredPromptTemplate
    from openrouter_core.models.text_extended_config import TextExtendedConfig
    from openrouter_core.models.usage import Usage


@attrs.frozen(kw_only=True)
class OpenResponsesResult:
    """Complete non-streaming response from the Responses API."""

    background: bool | Unset | None = UNSET
    completed_at: int | Unset | None = UNSET
    created_at: int
    error: ResponsesErrorField | None
    frequency_penalty: float | Unset | None = UNSET
    id: str
    incomplete_details: IncompleteDetails | None
    instructions: BaseInputs | None
    max_output_tokens: int | Unset | None = UNSET
    max_tool_calls: int | Unset | None = UNSET
    metadata: dict[str, str] | None
    """Metadata key-value pairs for the request."""
    model: str
    object: str = "response"
    output: list[OutputItems]
    output_text: str | None = None
    parallel_tool_calls: bool
    presence_penalty: float | Unset | None = UNSET
    previous_response_id: str | Unset | None = UNSET
    prompt: StoredPromptTemplate | Unset | None = UNSET
    prompt_cache_key: str | Unset | None = UNSET
    prompt_cache_options: PromptCacheOptions | Unset | None = UNSET
    reasoning: BaseReasoningConfig | Unset | None = UNSET
    safety_identifier: str | Unset | None = UNSET
    service_tier: str | Unset | None = UNSET
    status: str | None = None
    """Known values: :class:`OpenAIResponsesResponseStatus`."""
    store: bool | None = None
    temperature: float | None
    text: TextExtendedConfig | None = None
    tool_choice: OpenAIResponsesToolChoice
    tools: list[BaseResponsesResultTools]
    top_logprobs: int | Unset | None = UNSET
    top_p: float | None
    truncation: str | Unset | None = UNSET
    """Known values: :class:`Truncation`."""
    usage: Usage | Unset | None = UNSET
    user: str | Unset | None = UNSET
    error_type: str | None = None
    """Canonical OpenRouter error type, stable across all API formats. Known values:
    :class:`ApiErrorType`.
    """
    openrouter_metadata: OpenRouterMetadata | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        background: bool | Unset | None = UNSET,
        completed_at: int | Unset | None = UNSET,
        created_at: int,
        error: ResponsesErrorField | None,
        frequency_penalty: float | Unset | None = UNSET,
        id: str,
        incomplete_details: IncompleteDetails | None,
        instructions: BaseInputs | None,
        max_output_tokens: int | Unset | None = UNSET,
        max_tool_calls: int | Unset | None = UNSET,
        metadata: dict[str, str] | None,
        model: str,
        object: str = "response",
        output: list[OutputItems],
        output_text: str | None = None,
        parallel_tool_calls: bool,
        presence_penalty: float | Unset | None = UNSET,
        previous_response_id: str | Unset | None = UNSET,
        prompt: StoredPromptTemplate | Unset | None = UNSET,
        prompt_cache_key: str | Unset | None = UNSET,
        prompt_cache_options: PromptCacheOptions | Unset | None = UNSET,
        reasoning: BaseReasoningConfig | Unset | None = UNSET,
        safety_identifier: str | Unset | None = UNSET,
        service_tier: str | Unset | None = UNSET,
        status: str | None = None,
        store: bool | None = None,
        temperature: float | None,
        text: TextExtendedConfig | None = None,
        tool_choice: OpenAIResponsesToolChoice,
        tools: list[BaseResponsesResultTools],
        top_logprobs: int | Unset | None = UNSET,
        top_p: float | None,
        truncation: str | Unset | None = UNSET,
        usage: Usage | Unset | None = UNSET,
        user: str | Unset | None = UNSET,
        error_type: str | None = None,
        openrouter_metadata: OpenRouterMetadata | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("background", background)
        _setattr("completed_at", completed_at)
        _setattr("created_at", created_at)
        _setattr("error", error)
        _setattr("frequency_penalty", frequency_penalty)
        _setattr("id", id)
        _setattr("incomplete_details", incomplete_details)
        _setattr("instructions", instructions)
        _setattr("max_output_tokens", max_output_tokens)
        _setattr("max_tool_calls", max_tool_calls)
        _setattr("metadata", metadata)
        _setattr("model", model)
        _setattr("object", object)
        _setattr("output", output)
        _setattr("output_text", output_text)
        _setattr("parallel_tool_calls", parallel_tool_calls)
        _setattr("presence_penalty", presence_penalty)
        _setattr("previous_response_id", previous_response_id)
        _setattr("prompt", prompt)
        _setattr("prompt_cache_key", prompt_cache_key)
        _setattr("prompt_cache_options", prompt_cache_options)
        _setattr("reasoning", reasoning)
        _setattr("safety_identifier", safety_identifier)
        _setattr("service_tier", service_tier)
        _setattr("status", status)
        _setattr("store", store)
        _setattr("temperature", temperature)
        _setattr("text", text)
        _setattr("tool_choice", tool_choice)
        _setattr("tools", tools)
        _setattr("top_logprobs", top_logprobs)
        _setattr("top_p", top_p)
        _setattr("truncation", truncation)
        _setattr("usage", usage)
        _setattr("user", user)
        _setattr("error_type", error_type)
        _setattr("openrouter_metadata", openrouter_metadata)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"background={self.background!r}, "
            f"completed_at={self.completed_at!r}, "
            f"created_at={self.created_at!r}, "
            f"error={self.error!r}, "
            f"frequency_penalty={self.frequency_penalty!r}, "
            f"id={self.id!r}, "
            f"incomplete_details={self.incomplete_details!r}, "
            f"instructions={self.instructions!r}, "
            f"max_output_tokens={self.max_output_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"metadata={self.metadata!r}, "
            f"model={self.model!r}, "
            f"object={self.object!r}, "
            f"output={self.output!r}, "
            f"output_text={self.output_text!r}, "
            f"parallel_tool_calls={self.parallel_tool_calls!r}, "
            f"presence_penalty={self.presence_penalty!r}, "
            f"previous_response_id={self.previous_response_id!r}, "
            f"prompt={self.prompt!r}, "
            f"prompt_cache_key={self.prompt_cache_key!r}, "
            f"prompt_cache_options={self.prompt_cache_options!r}, "
            f"reasoning={self.reasoning!r}, "
            f"safety_identifier={self.safety_identifier!r}, "
            f"service_tier={self.service_tier!r}, "
            f"status={self.status!r}, "
            f"store={self.store!r}, "
            f"temperature={self.temperature!r}, "
            f"text={self.text!r}, "
            f"tool_choice={self.tool_choice!r}, "
            f"tools={self.tools!r}, "
            f"top_logprobs={self.top_logprobs!r}, "
            f"top_p={self.top_p!r}, "
            f"truncation={self.truncation!r}, "
            f"usage={self.usage!r}, "
            f"user={self.user!r}, "
            f"error_type={self.error_type!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.background,
            self.completed_at,
            self.created_at,
            self.error,
            self.frequency_penalty,
            self.id,
            self.incomplete_details,
            self.instructions,
            self.max_output_tokens,
            self.max_tool_calls,
            self.metadata,
            self.model,
            self.object,
            self.output,
            self.output_text,
            self.parallel_tool_calls,
            self.presence_penalty,
            self.previous_response_id,
            self.prompt,
            self.prompt_cache_key,
            self.prompt_cache_options,
            self.reasoning,
            self.safety_identifier,
            self.service_tier,
            self.status,
            self.store,
            self.temperature,
            self.text,
            self.tool_choice,
            self.tools,
            self.top_logprobs,
            self.top_p,
            self.truncation,
            self.usage,
            self.user,
            self.error_type,
            self.openrouter_metadata,
            self.extra_fields,
        ) == (
            other.background,
            other.completed_at,
            other.created_at,
            other.error,
            other.frequency_penalty,
            other.id,
            other.incomplete_details,
            other.instructions,
            other.max_output_tokens,
            other.max_tool_calls,
            other.metadata,
            other.model,
            other.object,
            other.output,
            other.output_text,
            other.parallel_tool_calls,
            other.presence_penalty,
            other.previous_response_id,
            other.prompt,
            other.prompt_cache_key,
            other.prompt_cache_options,
            other.reasoning,
            other.safety_identifier,
            other.service_tier,
            other.status,
            other.store,
            other.temperature,
            other.text,
            other.tool_choice,
            other.tools,
            other.top_logprobs,
            other.top_p,
            other.truncation,
            other.usage,
            other.user,
            other.error_type,
            other.openrouter_metadata,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OpenResponsesResult",
                self.background,
                self.completed_at,
                self.created_at,
                self.error,
                self.frequency_penalty,
                self.id,
                self.incomplete_details,
                self.instructions,
                self.max_output_tokens,
                self.max_tool_calls,
                self.metadata,
                self.model,
                self.object,
                self.output,
                self.output_text,
                self.parallel_tool_calls,
                self.presence_penalty,
                self.previous_response_id,
                self.prompt,
                self.prompt_cache_key,
                self.prompt_cache_options,
                self.reasoning,
                self.safety_identifier,
                self.service_tier,
                self.status,
                self.store,
                self.temperature,
                self.text,
                self.tool_choice,
                self.tools,
                self.top_logprobs,
                self.top_p,
                self.truncation,
                self.usage,
                self.user,
                self.error_type,
                self.openrouter_metadata,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
