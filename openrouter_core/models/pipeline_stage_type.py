# Generated from the OpenRouter OpenAPI spec (components/schemas/PipelineStageType) by `python -m codegen`; do not edit.
"""Categorical kind of a pipeline stage."""

from __future__ import annotations

from typing import Final


class PipelineStageType:
    """Categorical kind of a pipeline stage.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    GUARDRAIL: Final = "guardrail"
    PLUGIN: Final = "plugin"
    SERVER_TOOLS: Final = "server_tools"
    RESPONSE_HEALING: Final = "response_healing"
    CONTEXT_COMPRESSION: Final = "context_compression"
