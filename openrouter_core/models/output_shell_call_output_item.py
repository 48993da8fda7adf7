# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputShellCallOutputItem) by `python -m codegen`; do not edit.
"""A native `shell_call_output` item matching OpenAI's Responses API shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.shell_call_output_content import ShellCallOutputContent


@attrs.frozen(kw_only=True)
class OutputShellCallOutputItem:
    """A native `shell_call_output` item matching OpenAI's Responses API shape."""

    call_id: str
    id: str
    max_output_length: int | Unset | None = UNSET
    output: list[ShellCallOutputContent]
    status: str
    """Status of a shell call or its output. Known values: :class:`ShellCallStatus`."""
    type: str = "shell_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
