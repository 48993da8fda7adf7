# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamReasoningDetails) by `python -m codegen`; do not edit.
"""Reasoning details for extended thinking models."""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.reasoning_detail_union import ReasoningDetailUnion

ChatStreamReasoningDetails: TypeAlias = list[ReasoningDetailUnion]
"""Reasoning details for extended thinking models."""
