# Generated from the OpenRouter OpenAPI spec (components/schemas/Choice) by `python -m codegen`; do not edit.
"""The ``Choice`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.logprobs import Logprobs
    from openrouter_core.models.message import Message


@attrs.frozen(kw_only=True)
class Choice:
    """The ``Choice`` object."""

    finish_reason: str
    """Known values: ``"stop"``, ``"length"``, ``"tool_calls"``, ``"content_filter"``,
    ``"function_call"``.
    """
    index: int
    logprobs: Logprobs | None
    message: Message
    native_finish_reason: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
