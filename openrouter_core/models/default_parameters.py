# Generated from the OpenRouter OpenAPI spec (components/schemas/DefaultParameters) by `python -m codegen`; do not edit.
"""Default parameters for this model."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class DefaultParameters:
    """Default parameters for this model."""

    frequency_penalty: float | Unset | None = UNSET
    presence_penalty: float | Unset | None = UNSET
    repetition_penalty: float | Unset | None = UNSET
    temperature: float | Unset | None = UNSET
    top_k: int | Unset | None = UNSET
    top_p: float | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
