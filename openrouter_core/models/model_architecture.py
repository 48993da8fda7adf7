# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelArchitecture) by `python -m codegen`; do not edit.
"""Model architecture information."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ModelArchitecture:
    """Model architecture information."""

    input_modalities: list[str]
    """Supported input modalities."""
    instruct_type: str | Unset | None = UNSET
    """Instruction format type. Known values: :class:`InstructType`."""
    modality: str | None
    """Primary modality of the model."""
    output_modalities: list[str]
    """Supported output modalities."""
    tokenizer: str | None = None
    """Tokenizer type used by the model. Known values: :class:`ModelGroup`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
