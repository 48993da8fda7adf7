# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.reasoning_detail_union` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.reasoning_detail_encrypted import ReasoningDetailEncryptedDict
    from openrouter_core.dicts.reasoning_detail_server_tool_call import (
        ReasoningDetailServerToolCallDict,
    )
    from openrouter_core.dicts.reasoning_detail_summary import ReasoningDetailSummaryDict
    from openrouter_core.dicts.reasoning_detail_text import ReasoningDetailTextDict

__all__ = [
    "ReasoningDetailUnionDict",
]

ReasoningDetailUnionDict: TypeAlias = "ReasoningDetailSummaryDict | ReasoningDetailEncryptedDict | ReasoningDetailTextDict | ReasoningDetailServerToolCallDict"
