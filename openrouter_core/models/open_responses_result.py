# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenResponsesResult) by `python -m codegen`; do not edit.
"""Complete non-streaming response from the Responses API."""

from __future__ import annotations

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
