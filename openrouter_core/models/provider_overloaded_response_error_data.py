# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderOverloadedResponseErrorData) by `python -m codegen`; do not edit.
"""Error data for ProviderOverloadedResponse."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ProviderOverloadedResponseErrorData:
    """Error data for ProviderOverloadedResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
