# Generated from the OpenRouter OpenAPI spec (components/schemas/LocalShellCallItem) by `python -m codegen`; do not edit.
"""A local shell command execution call."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class LocalShellCallItemAction:
    """The ``action`` of a :class:`LocalShellCallItem`."""

    command: list[str]
    env: dict[str, str]
    timeout_ms: int | Unset | None = UNSET
    type: str = "exec"
    user: str | Unset | None = UNSET
    working_directory: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class LocalShellCallItem:
    """A local shell command execution call."""

    action: LocalShellCallItemAction
    call_id: str
    id: str
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "local_shell_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
