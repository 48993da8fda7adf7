# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.create_byok_key_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CreateBYOKKeyRequestDict",
]


class CreateBYOKKeyRequestDict(TypedDict, total=False):
    """The dict form of :class:`CreateBYOKKeyRequest`."""

    allowed_api_key_hashes: list[str] | None
    allowed_models: list[str] | None
    allowed_user_ids: list[str] | None
    disabled: bool | None
    is_fallback: bool | None
    key: Required[str]
    name: str | None
    provider: Required[
        Literal[
            "ai21",
            "aion-labs",
            "akashml",
            "alibaba",
            "amazon-bedrock",
            "amazon-nova",
            "ambient",
            "anthropic",
            "arcee-ai",
            "atlas-cloud",
            "avian",
            "azure",
            "baidu",
            "baseten",
            "black-forest-labs",
            "byteplus",
            "cerebras",
            "chutes",
            "cirrascale",
            "clarifai",
            "cloudflare",
            "cohere",
            "coreweave",
            "crusoe",
            "darkbloom",
            "databricks",
            "decart",
            "deepgram",
            "deepinfra",
            "deepseek",
            "dekallm",
            "digitalocean",
            "featherless",
            "fireworks",
            "fish-audio",
            "friendli",
            "gmicloud",
            "google-ai-studio",
            "google-vertex",
            "groq",
            "heygen",
            "inception",
            "inceptron",
            "inferact-vllm",
            "inference-net",
            "infermatic",
            "inflection",
            "io-net",
            "ionstream",
            "krea",
            "liquid",
            "makora",
            "mancer",
            "mara",
            "meta",
            "minimax",
            "mistral",
            "modal",
            "modelrun",
            "modular",
            "moonshotai",
            "morph",
            "ncompass",
            "nebius",
            "nex-agi",
            "nextbit",
            "novita",
            "nvidia",
            "open-inference",
            "openai",
            "parasail",
            "perceptron",
            "perplexity",
            "phala",
            "poolside",
            "quiver",
            "recraft",
            "reka",
            "relace",
            "runway",
            "sail-research",
            "sakana",
            "sakana-ai",
            "sambanova",
            "seed",
            "siliconflow",
            "sourceful",
            "stepfun",
            "streamlake",
            "switchpoint",
            "tencent",
            "tenstorrent",
            "thinkingmachines",
            "together",
            "upstage",
            "venice",
            "wafer",
            "wandb",
            "wandb-legacy",
            "xai",
            "xiaomi",
            "z-ai",
        ]
        | str
    ]
    workspace_id: str | None
