# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterLogsOutput) by `python -m codegen`; do not edit.
"""The ``CodeInterpreterLogsOutput`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CodeInterpreterLogsOutput:
    """The ``CodeInterpreterLogsOutput`` object."""

    logs: str
    type: str = "logs"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
