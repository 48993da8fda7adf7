# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecretCopyRequest) by `python -m codegen`; do not edit.
"""Workspace secrets to copy into the intern scope."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class VaultSecretCopyRequest:
    """Workspace secrets to copy into the intern scope."""

    names: list[str]
    """Names of workspace secrets to copy, 1 to 100 unique entries."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
