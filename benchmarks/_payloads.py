"""Response bodies the benchmarks serve: credits, a realistic model list, a long SSE chat stream.

The model entry's shape is read from the OpenAPI spec at run time (the 200 example of
``GET /models``) rather than copied here, so the body tracks the spec the SDK is built from.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

CREDITS_BODY = b'{"data":{"total_credits":100.5,"total_usage":25.75}}'
CREDITS_TOTAL = 100.5

REPO_ROOT = Path(__file__).resolve().parent.parent
# The project's own copy of the public spec (codegen/spec/SOURCE.md).
DEFAULT_SPEC = REPO_ROOT / "codegen" / "spec" / "openrouter.openapi.yaml"

_VENDORS = ("openai", "anthropic", "google", "meta-llama", "mistralai", "qwen", "deepseek", "x-ai")
# Token texts as models emit them: leading spaces, punctuation, non-ASCII, blank lines.
# fmt: off
_WORDS = (
    " the", " model", " streams", " tokens", ",", " one", " at", " a", " time", ".",
    " Caf\u00e9", " \u201cquoted\u201d", "\n\n", " `code`", " 42", " \u2014", " r\u00e9sum\u00e9",
)
# fmt: on


def example_model(spec_path: Path) -> dict[str, Any]:
    """The first model of the spec's 200 example for ``GET /models``."""
    import yaml  # dev extra; imported here so the other sections run without it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster on 1.4 MB
    with spec_path.open("rb") as fh:
        spec = yaml.load(fh, Loader=loader)
    operation = spec["paths"]["/models"]["get"]
    example = operation["responses"]["200"]["content"]["application/json"]["example"]
    model: dict[str, Any] = example["data"][0]
    return model


def models_body(spec_path: Path, count: int) -> bytes:
    """A ``GET /models`` page of ``count`` distinct models built from the spec's example entry."""
    template = example_model(spec_path)
    models = []
    for i in range(count):
        vendor = _VENDORS[i % len(_VENDORS)]
        slug = f"{vendor}/model-{i:03d}"
        entry = copy.deepcopy(template)
        # Vary what differs between real models so no parser can win by caching or interning.
        entry["id"] = slug
        entry["canonical_slug"] = f"{slug}-2025{i % 12 + 1:02d}01"
        entry["name"] = f"{vendor.title()}: Model {i}"
        entry["created"] = 1_690_000_000 + i * 86_400
        entry["context_length"] = 8_192 * (1 + i % 16)
        entry["description"] = (
            f"{entry.get('description') or ''} Variant {i} of the {vendor} family."
        )
        if isinstance(entry.get("links"), dict):
            entry["links"]["details"] = f"/api/v1/models/{slug}/endpoints"
        if isinstance(entry.get("pricing"), dict):
            entry["pricing"]["prompt"] = f"{0.000001 * (1 + i % 50):.7f}"
            entry["pricing"]["completion"] = f"{0.000002 * (1 + i % 50):.7f}"
        if isinstance(entry.get("top_provider"), dict):
            entry["top_provider"]["context_length"] = entry["context_length"]
        models.append(entry)
    # `links` and `total_count` are required by the ModelsListResponse schema even though the
    # operation's example leaves them out; a body without them is rejected by strict parsers.
    page = {"data": models, "links": {"next": None}, "total_count": count}
    return json.dumps(page).encode()


def _chunk(index: int, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "gen-1732000000-Xq3vB8kLmN2pR7sT",
        "provider": "OpenAI",
        "model": "openai/gpt-4o",
        "object": "chat.completion.chunk",
        "created": 1_732_000_000 + index // 1_000,
        "choices": [
            {
                "index": 0,
                "delta": delta,
                "finish_reason": finish,
                "native_finish_reason": finish,
                "logprobs": None,
            }
        ],
        "system_fingerprint": "fp_7f6be3efb0",
    }


def _event(payload: dict[str, Any]) -> bytes:
    # OpenRouter sends compact JSON, one `data:` line per event.
    return b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"


def sse_chat_stream(chunks: int) -> bytes:
    """An OpenRouter chat stream of ``chunks`` data events (the last carries usage), then [DONE].

    OpenRouter interleaves ``: OPENROUTER PROCESSING`` comments as keep-alives; parsers must
    skip them, so a few are sprinkled in.
    """
    if chunks < 3:
        raise ValueError("a chat stream needs at least a first, a finishing and a usage chunk")
    parts = [b": OPENROUTER PROCESSING\n\n", b": OPENROUTER PROCESSING\n\n"]
    parts.append(_event(_chunk(0, {"role": "assistant", "content": ""}, None)))
    for i in range(1, chunks - 2):
        if i % 5_000 == 0:
            parts.append(b": OPENROUTER PROCESSING\n\n")
        delta = {"role": "assistant", "content": _WORDS[i % len(_WORDS)]}
        parts.append(_event(_chunk(i, delta, None)))
    parts.append(_event(_chunk(chunks - 2, {"role": "assistant", "content": ""}, "stop")))
    usage_chunk = _chunk(chunks - 1, {}, None)
    usage_chunk["choices"] = []
    usage_chunk["usage"] = {
        "prompt_tokens": 24,
        "completion_tokens": chunks - 2,
        "total_tokens": chunks + 22,
        "cost": 0.00125,
        "is_byok": False,
        "prompt_tokens_details": {"cached_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0},
    }
    parts.append(_event(usage_chunk))
    parts.append(b"data: [DONE]\n\n")
    return b"".join(parts)
