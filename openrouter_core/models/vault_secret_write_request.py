# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecretWriteRequest) by `python -m codegen`; do not edit.
"""Secret value and the exact hostnames it may be released to."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class VaultSecretWriteRequest:
    """Secret value and the exact hostnames it may be released to."""

    hosts: list[str]
    """Exact DNS hostnames the secret may be sent to, 1 to 100 entries."""
    value: str
    """Secret value, 1 to 65536 characters."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
