# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchUpdateFileOperation) by `python -m codegen`; do not edit.
"""The `update_file` variant of an `apply_patch_call.operation`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ApplyPatchUpdateFileOperation:
    """The `update_file` variant of an `apply_patch_call.operation`."""

    diff: str
    path: str
    type: str = "update_file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
