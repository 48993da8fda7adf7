"""Placeholder: multipart bodies (replaced by the generated-operations work)."""

from __future__ import annotations

from typing import Any


def split_multipart(body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a body into form fields and files for httpx."""
    raise NotImplementedError("multipart lands with the generated operations")
