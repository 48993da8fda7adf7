# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateExternalUserRequest) by `python -m codegen`; do not edit.
"""The ``CreateExternalUserRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CreateExternalUserRequest:
    """The ``CreateExternalUserRequest`` object."""

    user: str
    """Immutable case-sensitive tracking string supplied as user on inference requests or as
    external.user on API keys: 1 to 512 characters, well-formed Unicode, no NUL, no surrounding
    whitespace.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
