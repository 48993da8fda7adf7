# Generated from the OpenRouter OpenAPI spec (components/schemas/Parameter) by `python -m codegen`; do not edit.
"""Known values of ``Parameter``."""

from __future__ import annotations

from typing import Final


class Parameter:
    """Known values of ``Parameter``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    TEMPERATURE: Final = "temperature"
    TOP_P: Final = "top_p"
    TOP_K: Final = "top_k"
    MIN_P: Final = "min_p"
    TOP_A: Final = "top_a"
    FREQUENCY_PENALTY: Final = "frequency_penalty"
    PRESENCE_PENALTY: Final = "presence_penalty"
    REPETITION_PENALTY: Final = "repetition_penalty"
    MAX_TOKENS: Final = "max_tokens"
    MAX_COMPLETION_TOKENS: Final = "max_completion_tokens"
    LOGIT_BIAS: Final = "logit_bias"
    LOGPROBS: Final = "logprobs"
    TOP_LOGPROBS: Final = "top_logprobs"
    PREDICTION: Final = "prediction"
    SEED: Final = "seed"
    RESPONSE_FORMAT: Final = "response_format"
    STRUCTURED_OUTPUTS: Final = "structured_outputs"
    STOP: Final = "stop"
    TOOLS: Final = "tools"
    TOOL_CHOICE: Final = "tool_choice"
    PARALLEL_TOOL_CALLS: Final = "parallel_tool_calls"
    INCLUDE_REASONING: Final = "include_reasoning"
    REASONING: Final = "reasoning"
    REASONING_EFFORT: Final = "reasoning_effort"
    WEB_SEARCH_OPTIONS: Final = "web_search_options"
    VERBOSITY: Final = "verbosity"
