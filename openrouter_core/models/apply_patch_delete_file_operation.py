# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchDeleteFileOperation) by `python -m codegen`; do not edit.
"""The `delete_file` variant of an `apply_patch_call.operation`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ApplyPatchDeleteFileOperation:
    """The `delete_file` variant of an `apply_patch_call.operation`."""

    path: str
    type: str = "delete_file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
