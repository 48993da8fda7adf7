# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderOptions) by `python -m codegen`; do not edit.
"""Provider-specific options keyed by provider slug."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ProviderOptions:
    """Provider-specific options keyed by provider slug."""

    field_01ai: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "01ai"})
    ai21: dict[str, Any] | None = None
    aion_labs: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "aion-labs"})
    akashml: dict[str, Any] | None = None
    alibaba: dict[str, Any] | None = None
    amazon_bedrock: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "amazon-bedrock"}
    )
    amazon_bedrock_claude_on_aws: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "amazon-bedrock/claude-on-aws"}
    )
    amazon_nova: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "amazon-nova"})
    ambient: dict[str, Any] | None = None
    anthropic: dict[str, Any] | None = None
    anthropic_2: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "anthropic/2"})
    anyscale: dict[str, Any] | None = None
    arcee_ai: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "arcee-ai"})
    atlas_cloud: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "atlas-cloud"})
    atoma: dict[str, Any] | None = None
    avian: dict[str, Any] | None = None
    azure: dict[str, Any] | None = None
    baidu: dict[str, Any] | None = None
    baseten: dict[str, Any] | None = None
    black_forest_labs: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "black-forest-labs"}
    )
    byteplus: dict[str, Any] | None = None
    centml: dict[str, Any] | None = None
    cerebras: dict[str, Any] | None = None
    chutes: dict[str, Any] | None = None
    cirrascale: dict[str, Any] | None = None
    clarifai: dict[str, Any] | None = None
    claude_on_aws: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "claude-on-aws"}
    )
    cloudflare: dict[str, Any] | None = None
    cohere: dict[str, Any] | None = None
    coreweave: dict[str, Any] | None = None
    crofai: dict[str, Any] | None = None
    crucible: dict[str, Any] | None = None
    crusoe: dict[str, Any] | None = None
    darkbloom: dict[str, Any] | None = None
    databricks: dict[str, Any] | None = None
    decart: dict[str, Any] | None = None
    deepgram: dict[str, Any] | None = None
    deepinfra: dict[str, Any] | None = None
    deepseek: dict[str, Any] | None = None
    dekallm: dict[str, Any] | None = None
    digitalocean: dict[str, Any] | None = None
    enfer: dict[str, Any] | None = None
    fake_provider: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "fake-provider"}
    )
    featherless: dict[str, Any] | None = None
    fireworks: dict[str, Any] | None = None
    fish_audio: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "fish-audio"})
    friendli: dict[str, Any] | None = None
    gmicloud: dict[str, Any] | None = None
    google_ai_studio: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "google-ai-studio"}
    )
    google_vertex: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "google-vertex"}
    )
    gopomelo: dict[str, Any] | None = None
    groq: dict[str, Any] | None = None
    heygen: dict[str, Any] | None = None
    huggingface: dict[str, Any] | None = None
    hyperbolic: dict[str, Any] | None = None
    hyperbolic_quantized: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "hyperbolic-quantized"}
    )
    inception: dict[str, Any] | None = None
    inceptron: dict[str, Any] | None = None
    inferact_vllm: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "inferact-vllm"}
    )
    inference_net: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "inference-net"}
    )
    infermatic: dict[str, Any] | None = None
    inflection: dict[str, Any] | None = None
    inocloud: dict[str, Any] | None = None
    io_net: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "io-net"})
    ionstream: dict[str, Any] | None = None
    klusterai: dict[str, Any] | None = None
    krea: dict[str, Any] | None = None
    lambda_: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "lambda"})
    lepton: dict[str, Any] | None = None
    liquid: dict[str, Any] | None = None
    lynn: dict[str, Any] | None = None
    lynn_private: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "lynn-private"}
    )
    makora: dict[str, Any] | None = None
    mancer: dict[str, Any] | None = None
    mancer_old: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "mancer-old"})
    mara: dict[str, Any] | None = None
    meta: dict[str, Any] | None = None
    minimax: dict[str, Any] | None = None
    mistral: dict[str, Any] | None = None
    modal: dict[str, Any] | None = None
    modelrun: dict[str, Any] | None = None
    modular: dict[str, Any] | None = None
    moonshotai: dict[str, Any] | None = None
    morph: dict[str, Any] | None = None
    ncompass: dict[str, Any] | None = None
    nebius: dict[str, Any] | None = None
    nex_agi: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "nex-agi"})
    nextbit: dict[str, Any] | None = None
    nineteen: dict[str, Any] | None = None
    novita: dict[str, Any] | None = None
    nvidia: dict[str, Any] | None = None
    octoai: dict[str, Any] | None = None
    open_inference: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "open-inference"}
    )
    openai: dict[str, Any] | None = None
    parasail: dict[str, Any] | None = None
    perceptron: dict[str, Any] | None = None
    perplexity: dict[str, Any] | None = None
    phala: dict[str, Any] | None = None
    poolside: dict[str, Any] | None = None
    quiver: dict[str, Any] | None = None
    recraft: dict[str, Any] | None = None
    recursal: dict[str, Any] | None = None
    reflection: dict[str, Any] | None = None
    reka: dict[str, Any] | None = None
    relace: dict[str, Any] | None = None
    replicate: dict[str, Any] | None = None
    runway: dict[str, Any] | None = None
    sail_research: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "sail-research"}
    )
    sakana: dict[str, Any] | None = None
    sakana_ai: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "sakana-ai"})
    sambanova: dict[str, Any] | None = None
    sambanova_cloaked: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "sambanova-cloaked"}
    )
    seed: dict[str, Any] | None = None
    sf_compute: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "sf-compute"})
    siliconflow: dict[str, Any] | None = None
    sourceful: dict[str, Any] | None = None
    stealth: dict[str, Any] | None = None
    stepfun: dict[str, Any] | None = None
    streamlake: dict[str, Any] | None = None
    switchpoint: dict[str, Any] | None = None
    targon: dict[str, Any] | None = None
    tencent: dict[str, Any] | None = None
    tenstorrent: dict[str, Any] | None = None
    thinkingmachines: dict[str, Any] | None = None
    together: dict[str, Any] | None = None
    together_lite: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "together-lite"}
    )
    ubicloud: dict[str, Any] | None = None
    upstage: dict[str, Any] | None = None
    venice: dict[str, Any] | None = None
    voyageai: dict[str, Any] | None = None
    wafer: dict[str, Any] | None = None
    wandb: dict[str, Any] | None = None
    wandb_legacy: dict[str, Any] | None = attrs.field(
        default=None, metadata={"wire": "wandb-legacy"}
    )
    xai: dict[str, Any] | None = None
    xiaomi: dict[str, Any] | None = None
    z_ai: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "z-ai"})
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
