# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchCallOutputItem) by `python -m codegen`; do not edit.
"""The client's echo of an `apply_patch_call` after applying the patch."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ApplyPatchCallOutputItem:
    """The client's echo of an `apply_patch_call` after applying the patch."""

    call_id: str
    id: str | Unset | None = UNSET
    output: str | Unset | None = UNSET
    status: str
    """Known values: ``"completed"``, ``"failed"``."""
    type: str = "apply_patch_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
