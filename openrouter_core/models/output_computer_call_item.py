# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputComputerCallItem) by `python -m codegen`; do not edit.
"""The ``OutputComputerCallItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputComputerCallItemPendingSafetyChecks:
    """The ``pending_safety_checks`` of a :class:`OutputComputerCallItem`."""

    code: str
    id: str
    message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputComputerCallItem:
    """The ``OutputComputerCallItem`` object."""

    action: Any = None
    call_id: str
    id: str | None = None
    pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecks]
    status: str
    """Known values: ``"completed"``, ``"incomplete"``, ``"in_progress"``."""
    type: str = "computer_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
