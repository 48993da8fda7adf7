# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputSubagentServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:subagent server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputSubagentServerToolItem:
    """An openrouter:subagent server tool output item."""

    call_id: str | None = None
    """EXPERIMENTAL — subject to change without notice."""
    error: str | None = None
    """Error message when the subagent task did not produce an outcome."""
    id: str | None = None
    instance_name: str | None = None
    """Provider-safe function name of the specific subagent instance that produced this item (e.g.
    `openrouter_subagent__1`).
    """
    model: str | None = None
    """Slug of the worker model that executed the task."""
    name: str | None = None
    """Configured name of the subagent that executed the task (the `name` on its tool entry)."""
    outcome: str | None = None
    """The worker model's result (the outcome text returned to the delegating model)."""
    status: str
    """Known values: :class:`FailableToolCallStatus`."""
    task_description: str | None = None
    """The task description the delegating model sent to the worker."""
    task_name: str | None = None
    """The short task identifier the delegating model supplied."""
    type: str = "openrouter:subagent"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
