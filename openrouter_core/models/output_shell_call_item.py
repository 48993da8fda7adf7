# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputShellCallItem) by `python -m codegen`; do not edit.
"""A native `shell_call` output item matching OpenAI's Responses API shape."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputShellCallItemAction:
    """The ``action`` of a :class:`OutputShellCallItem`."""

    commands: list[str]
    max_output_length: int | None
    timeout_ms: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputShellCallItem:
    """A native `shell_call` output item matching OpenAI's Responses API shape."""

    action: OutputShellCallItemAction | None = None
    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str
    id: str
    status: str
    """Status of a shell call or its output. Known values: :class:`ShellCallStatus`."""
    type: str = "shell_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
