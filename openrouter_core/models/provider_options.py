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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        field_01ai: dict[str, Any] | None = None,
        ai21: dict[str, Any] | None = None,
        aion_labs: dict[str, Any] | None = None,
        akashml: dict[str, Any] | None = None,
        alibaba: dict[str, Any] | None = None,
        amazon_bedrock: dict[str, Any] | None = None,
        amazon_bedrock_claude_on_aws: dict[str, Any] | None = None,
        amazon_nova: dict[str, Any] | None = None,
        ambient: dict[str, Any] | None = None,
        anthropic: dict[str, Any] | None = None,
        anthropic_2: dict[str, Any] | None = None,
        anyscale: dict[str, Any] | None = None,
        arcee_ai: dict[str, Any] | None = None,
        atlas_cloud: dict[str, Any] | None = None,
        atoma: dict[str, Any] | None = None,
        avian: dict[str, Any] | None = None,
        azure: dict[str, Any] | None = None,
        baidu: dict[str, Any] | None = None,
        baseten: dict[str, Any] | None = None,
        black_forest_labs: dict[str, Any] | None = None,
        byteplus: dict[str, Any] | None = None,
        centml: dict[str, Any] | None = None,
        cerebras: dict[str, Any] | None = None,
        chutes: dict[str, Any] | None = None,
        cirrascale: dict[str, Any] | None = None,
        clarifai: dict[str, Any] | None = None,
        claude_on_aws: dict[str, Any] | None = None,
        cloudflare: dict[str, Any] | None = None,
        cohere: dict[str, Any] | None = None,
        coreweave: dict[str, Any] | None = None,
        crofai: dict[str, Any] | None = None,
        crucible: dict[str, Any] | None = None,
        crusoe: dict[str, Any] | None = None,
        darkbloom: dict[str, Any] | None = None,
        databricks: dict[str, Any] | None = None,
        decart: dict[str, Any] | None = None,
        deepgram: dict[str, Any] | None = None,
        deepinfra: dict[str, Any] | None = None,
        deepseek: dict[str, Any] | None = None,
        dekallm: dict[str, Any] | None = None,
        digitalocean: dict[str, Any] | None = None,
        enfer: dict[str, Any] | None = None,
        fake_provider: dict[str, Any] | None = None,
        featherless: dict[str, Any] | None = None,
        fireworks: dict[str, Any] | None = None,
        fish_audio: dict[str, Any] | None = None,
        friendli: dict[str, Any] | None = None,
        gmicloud: dict[str, Any] | None = None,
        google_ai_studio: dict[str, Any] | None = None,
        google_vertex: dict[str, Any] | None = None,
        gopomelo: dict[str, Any] | None = None,
        groq: dict[str, Any] | None = None,
        heygen: dict[str, Any] | None = None,
        huggingface: dict[str, Any] | None = None,
        hyperbolic: dict[str, Any] | None = None,
        hyperbolic_quantized: dict[str, Any] | None = None,
        inception: dict[str, Any] | None = None,
        inceptron: dict[str, Any] | None = None,
        inferact_vllm: dict[str, Any] | None = None,
        inference_net: dict[str, Any] | None = None,
        infermatic: dict[str, Any] | None = None,
        inflection: dict[str, Any] | None = None,
        inocloud: dict[str, Any] | None = None,
        io_net: dict[str, Any] | None = None,
        ionstream: dict[str, Any] | None = None,
        klusterai: dict[str, Any] | None = None,
        krea: dict[str, Any] | None = None,
        lambda_: dict[str, Any] | None = None,
        lepton: dict[str, Any] | None = None,
        liquid: dict[str, Any] | None = None,
        lynn: dict[str, Any] | None = None,
        lynn_private: dict[str, Any] | None = None,
        makora: dict[str, Any] | None = None,
        mancer: dict[str, Any] | None = None,
        mancer_old: dict[str, Any] | None = None,
        mara: dict[str, Any] | None = None,
        meta: dict[str, Any] | None = None,
        minimax: dict[str, Any] | None = None,
        mistral: dict[str, Any] | None = None,
        modal: dict[str, Any] | None = None,
        modelrun: dict[str, Any] | None = None,
        modular: dict[str, Any] | None = None,
        moonshotai: dict[str, Any] | None = None,
        morph: dict[str, Any] | None = None,
        ncompass: dict[str, Any] | None = None,
        nebius: dict[str, Any] | None = None,
        nex_agi: dict[str, Any] | None = None,
        nextbit: dict[str, Any] | None = None,
        nineteen: dict[str, Any] | None = None,
        novita: dict[str, Any] | None = None,
        nvidia: dict[str, Any] | None = None,
        octoai: dict[str, Any] | None = None,
        open_inference: dict[str, Any] | None = None,
        openai: dict[str, Any] | None = None,
        parasail: dict[str, Any] | None = None,
        perceptron: dict[str, Any] | None = None,
        perplexity: dict[str, Any] | None = None,
        phala: dict[str, Any] | None = None,
        poolside: dict[str, Any] | None = None,
        quiver: dict[str, Any] | None = None,
        recraft: dict[str, Any] | None = None,
        recursal: dict[str, Any] | None = None,
        reflection: dict[str, Any] | None = None,
        reka: dict[str, Any] | None = None,
        relace: dict[str, Any] | None = None,
        replicate: dict[str, Any] | None = None,
        runway: dict[str, Any] | None = None,
        sail_research: dict[str, Any] | None = None,
        sakana: dict[str, Any] | None = None,
        sakana_ai: dict[str, Any] | None = None,
        sambanova: dict[str, Any] | None = None,
        sambanova_cloaked: dict[str, Any] | None = None,
        seed: dict[str, Any] | None = None,
        sf_compute: dict[str, Any] | None = None,
        siliconflow: dict[str, Any] | None = None,
        sourceful: dict[str, Any] | None = None,
        stealth: dict[str, Any] | None = None,
        stepfun: dict[str, Any] | None = None,
        streamlake: dict[str, Any] | None = None,
        switchpoint: dict[str, Any] | None = None,
        targon: dict[str, Any] | None = None,
        tencent: dict[str, Any] | None = None,
        tenstorrent: dict[str, Any] | None = None,
        thinkingmachines: dict[str, Any] | None = None,
        together: dict[str, Any] | None = None,
        together_lite: dict[str, Any] | None = None,
        ubicloud: dict[str, Any] | None = None,
        upstage: dict[str, Any] | None = None,
        venice: dict[str, Any] | None = None,
        voyageai: dict[str, Any] | None = None,
        wafer: dict[str, Any] | None = None,
        wandb: dict[str, Any] | None = None,
        wandb_legacy: dict[str, Any] | None = None,
        xai: dict[str, Any] | None = None,
        xiaomi: dict[str, Any] | None = None,
        z_ai: dict[str, Any] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("field_01ai", field_01ai)
        _setattr("ai21", ai21)
        _setattr("aion_labs", aion_labs)
        _setattr("akashml", akashml)
        _setattr("alibaba", alibaba)
        _setattr("amazon_bedrock", amazon_bedrock)
        _setattr("amazon_bedrock_claude_on_aws", amazon_bedrock_claude_on_aws)
        _setattr("amazon_nova", amazon_nova)
        _setattr("ambient", ambient)
        _setattr("anthropic", anthropic)
        _setattr("anthropic_2", anthropic_2)
        _setattr("anyscale", anyscale)
        _setattr("arcee_ai", arcee_ai)
        _setattr("atlas_cloud", atlas_cloud)
        _setattr("atoma", atoma)
        _setattr("avian", avian)
        _setattr("azure", azure)
        _setattr("baidu", baidu)
        _setattr("baseten", baseten)
        _setattr("black_forest_labs", black_forest_labs)
        _setattr("byteplus", byteplus)
        _setattr("centml", centml)
        _setattr("cerebras", cerebras)
        _setattr("chutes", chutes)
        _setattr("cirrascale", cirrascale)
        _setattr("clarifai", clarifai)
        _setattr("claude_on_aws", claude_on_aws)
        _setattr("cloudflare", cloudflare)
        _setattr("cohere", cohere)
        _setattr("coreweave", coreweave)
        _setattr("crofai", crofai)
        _setattr("crucible", crucible)
        _setattr("crusoe", crusoe)
        _setattr("darkbloom", darkbloom)
        _setattr("databricks", databricks)
        _setattr("decart", decart)
        _setattr("deepgram", deepgram)
        _setattr("deepinfra", deepinfra)
        _setattr("deepseek", deepseek)
        _setattr("dekallm", dekallm)
        _setattr("digitalocean", digitalocean)
        _setattr("enfer", enfer)
        _setattr("fake_provider", fake_provider)
        _setattr("featherless", featherless)
        _setattr("fireworks", fireworks)
        _setattr("fish_audio", fish_audio)
        _setattr("friendli", friendli)
        _setattr("gmicloud", gmicloud)
        _setattr("google_ai_studio", google_ai_studio)
        _setattr("google_vertex", google_vertex)
        _setattr("gopomelo", gopomelo)
        _setattr("groq", groq)
        _setattr("heygen", heygen)
        _setattr("huggingface", huggingface)
        _setattr("hyperbolic", hyperbolic)
        _setattr("hyperbolic_quantized", hyperbolic_quantized)
        _setattr("inception", inception)
        _setattr("inceptron", inceptron)
        _setattr("inferact_vllm", inferact_vllm)
        _setattr("inference_net", inference_net)
        _setattr("infermatic", infermatic)
        _setattr("inflection", inflection)
        _setattr("inocloud", inocloud)
        _setattr("io_net", io_net)
        _setattr("ionstream", ionstream)
        _setattr("klusterai", klusterai)
        _setattr("krea", krea)
        _setattr("lambda_", lambda_)
        _setattr("lepton", lepton)
        _setattr("liquid", liquid)
        _setattr("lynn", lynn)
        _setattr("lynn_private", lynn_private)
        _setattr("makora", makora)
        _setattr("mancer", mancer)
        _setattr("mancer_old", mancer_old)
        _setattr("mara", mara)
        _setattr("meta", meta)
        _setattr("minimax", minimax)
        _setattr("mistral", mistral)
        _setattr("modal", modal)
        _setattr("modelrun", modelrun)
        _setattr("modular", modular)
        _setattr("moonshotai", moonshotai)
        _setattr("morph", morph)
        _setattr("ncompass", ncompass)
        _setattr("nebius", nebius)
        _setattr("nex_agi", nex_agi)
        _setattr("nextbit", nextbit)
        _setattr("nineteen", nineteen)
        _setattr("novita", novita)
        _setattr("nvidia", nvidia)
        _setattr("octoai", octoai)
        _setattr("open_inference", open_inference)
        _setattr("openai", openai)
        _setattr("parasail", parasail)
        _setattr("perceptron", perceptron)
        _setattr("perplexity", perplexity)
        _setattr("phala", phala)
        _setattr("poolside", poolside)
        _setattr("quiver", quiver)
        _setattr("recraft", recraft)
        _setattr("recursal", recursal)
        _setattr("reflection", reflection)
        _setattr("reka", reka)
        _setattr("relace", relace)
        _setattr("replicate", replicate)
        _setattr("runway", runway)
        _setattr("sail_research", sail_research)
        _setattr("sakana", sakana)
        _setattr("sakana_ai", sakana_ai)
        _setattr("sambanova", sambanova)
        _setattr("sambanova_cloaked", sambanova_cloaked)
        _setattr("seed", seed)
        _setattr("sf_compute", sf_compute)
        _setattr("siliconflow", siliconflow)
        _setattr("sourceful", sourceful)
        _setattr("stealth", stealth)
        _setattr("stepfun", stepfun)
        _setattr("streamlake", streamlake)
        _setattr("switchpoint", switchpoint)
        _setattr("targon", targon)
        _setattr("tencent", tencent)
        _setattr("tenstorrent", tenstorrent)
        _setattr("thinkingmachines", thinkingmachines)
        _setattr("together", together)
        _setattr("together_lite", together_lite)
        _setattr("ubicloud", ubicloud)
        _setattr("upstage", upstage)
        _setattr("venice", venice)
        _setattr("voyageai", voyageai)
        _setattr("wafer", wafer)
        _setattr("wandb", wandb)
        _setattr("wandb_legacy", wandb_legacy)
        _setattr("xai", xai)
        _setattr("xiaomi", xiaomi)
        _setattr("z_ai", z_ai)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"field_01ai={self.field_01ai!r}, "
            f"ai21={self.ai21!r}, "
            f"aion_labs={self.aion_labs!r}, "
            f"akashml={self.akashml!r}, "
            f"alibaba={self.alibaba!r}, "
            f"amazon_bedrock={self.amazon_bedrock!r}, "
            f"amazon_bedrock_claude_on_aws={self.amazon_bedrock_claude_on_aws!r}, "
            f"amazon_nova={self.amazon_nova!r}, "
            f"ambient={self.ambient!r}, "
            f"anthropic={self.anthropic!r}, "
            f"anthropic_2={self.anthropic_2!r}, "
            f"anyscale={self.anyscale!r}, "
            f"arcee_ai={self.arcee_ai!r}, "
            f"atlas_cloud={self.atlas_cloud!r}, "
            f"atoma={self.atoma!r}, "
            f"avian={self.avian!r}, "
            f"azure={self.azure!r}, "
            f"baidu={self.baidu!r}, "
            f"baseten={self.baseten!r}, "
            f"black_forest_labs={self.black_forest_labs!r}, "
            f"byteplus={self.byteplus!r}, "
            f"centml={self.centml!r}, "
            f"cerebras={self.cerebras!r}, "
            f"chutes={self.chutes!r}, "
            f"cirrascale={self.cirrascale!r}, "
            f"clarifai={self.clarifai!r}, "
            f"claude_on_aws={self.claude_on_aws!r}, "
            f"cloudflare={self.cloudflare!r}, "
            f"cohere={self.cohere!r}, "
            f"coreweave={self.coreweave!r}, "
            f"crofai={self.crofai!r}, "
            f"crucible={self.crucible!r}, "
            f"crusoe={self.crusoe!r}, "
            f"darkbloom={self.darkbloom!r}, "
            f"databricks={self.databricks!r}, "
            f"decart={self.decart!r}, "
            f"deepgram={self.deepgram!r}, "
            f"deepinfra={self.deepinfra!r}, "
            f"deepseek={self.deepseek!r}, "
            f"dekallm={self.dekallm!r}, "
            f"digitalocean={self.digitalocean!r}, "
            f"enfer={self.enfer!r}, "
            f"fake_provider={self.fake_provider!r}, "
            f"featherless={self.featherless!r}, "
            f"fireworks={self.fireworks!r}, "
            f"fish_audio={self.fish_audio!r}, "
            f"friendli={self.friendli!r}, "
            f"gmicloud={self.gmicloud!r}, "
            f"google_ai_studio={self.google_ai_studio!r}, "
            f"google_vertex={self.google_vertex!r}, "
            f"gopomelo={self.gopomelo!r}, "
            f"groq={self.groq!r}, "
            f"heygen={self.heygen!r}, "
            f"huggingface={self.huggingface!r}, "
            f"hyperbolic={self.hyperbolic!r}, "
            f"hyperbolic_quantized={self.hyperbolic_quantized!r}, "
            f"inception={self.inception!r}, "
            f"inceptron={self.inceptron!r}, "
            f"inferact_vllm={self.inferact_vllm!r}, "
            f"inference_net={self.inference_net!r}, "
            f"infermatic={self.infermatic!r}, "
            f"inflection={self.inflection!r}, "
            f"inocloud={self.inocloud!r}, "
            f"io_net={self.io_net!r}, "
            f"ionstream={self.ionstream!r}, "
            f"klusterai={self.klusterai!r}, "
            f"krea={self.krea!r}, "
            f"lambda_={self.lambda_!r}, "
            f"lepton={self.lepton!r}, "
            f"liquid={self.liquid!r}, "
            f"lynn={self.lynn!r}, "
            f"lynn_private={self.lynn_private!r}, "
            f"makora={self.makora!r}, "
            f"mancer={self.mancer!r}, "
            f"mancer_old={self.mancer_old!r}, "
            f"mara={self.mara!r}, "
            f"meta={self.meta!r}, "
            f"minimax={self.minimax!r}, "
            f"mistral={self.mistral!r}, "
            f"modal={self.modal!r}, "
            f"modelrun={self.modelrun!r}, "
            f"modular={self.modular!r}, "
            f"moonshotai={self.moonshotai!r}, "
            f"morph={self.morph!r}, "
            f"ncompass={self.ncompass!r}, "
            f"nebius={self.nebius!r}, "
            f"nex_agi={self.nex_agi!r}, "
            f"nextbit={self.nextbit!r}, "
            f"nineteen={self.nineteen!r}, "
            f"novita={self.novita!r}, "
            f"nvidia={self.nvidia!r}, "
            f"octoai={self.octoai!r}, "
            f"open_inference={self.open_inference!r}, "
            f"openai={self.openai!r}, "
            f"parasail={self.parasail!r}, "
            f"perceptron={self.perceptron!r}, "
            f"perplexity={self.perplexity!r}, "
            f"phala={self.phala!r}, "
            f"poolside={self.poolside!r}, "
            f"quiver={self.quiver!r}, "
            f"recraft={self.recraft!r}, "
            f"recursal={self.recursal!r}, "
            f"reflection={self.reflection!r}, "
            f"reka={self.reka!r}, "
            f"relace={self.relace!r}, "
            f"replicate={self.replicate!r}, "
            f"runway={self.runway!r}, "
            f"sail_research={self.sail_research!r}, "
            f"sakana={self.sakana!r}, "
            f"sakana_ai={self.sakana_ai!r}, "
            f"sambanova={self.sambanova!r}, "
            f"sambanova_cloaked={self.sambanova_cloaked!r}, "
            f"seed={self.seed!r}, "
            f"sf_compute={self.sf_compute!r}, "
            f"siliconflow={self.siliconflow!r}, "
            f"sourceful={self.sourceful!r}, "
            f"stealth={self.stealth!r}, "
            f"stepfun={self.stepfun!r}, "
            f"streamlake={self.streamlake!r}, "
            f"switchpoint={self.switchpoint!r}, "
            f"targon={self.targon!r}, "
            f"tencent={self.tencent!r}, "
            f"tenstorrent={self.tenstorrent!r}, "
            f"thinkingmachines={self.thinkingmachines!r}, "
            f"together={self.together!r}, "
            f"together_lite={self.together_lite!r}, "
            f"ubicloud={self.ubicloud!r}, "
            f"upstage={self.upstage!r}, "
            f"venice={self.venice!r}, "
            f"voyageai={self.voyageai!r}, "
            f"wafer={self.wafer!r}, "
            f"wandb={self.wandb!r}, "
            f"wandb_legacy={self.wandb_legacy!r}, "
            f"xai={self.xai!r}, "
            f"xiaomi={self.xiaomi!r}, "
            f"z_ai={self.z_ai!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.field_01ai,
            self.ai21,
            self.aion_labs,
            self.akashml,
            self.alibaba,
            self.amazon_bedrock,
            self.amazon_bedrock_claude_on_aws,
            self.amazon_nova,
            self.ambient,
            self.anthropic,
            self.anthropic_2,
            self.anyscale,
            self.arcee_ai,
            self.atlas_cloud,
            self.atoma,
            self.avian,
            self.azure,
            self.baidu,
            self.baseten,
            self.black_forest_labs,
            self.byteplus,
            self.centml,
            self.cerebras,
            self.chutes,
            self.cirrascale,
            self.clarifai,
            self.claude_on_aws,
            self.cloudflare,
            self.cohere,
            self.coreweave,
            self.crofai,
            self.crucible,
            self.crusoe,
            self.darkbloom,
            self.databricks,
            self.decart,
            self.deepgram,
            self.deepinfra,
            self.deepseek,
            self.dekallm,
            self.digitalocean,
            self.enfer,
            self.fake_provider,
            self.featherless,
            self.fireworks,
            self.fish_audio,
            self.friendli,
            self.gmicloud,
            self.google_ai_studio,
            self.google_vertex,
            self.gopomelo,
            self.groq,
            self.heygen,
            self.huggingface,
            self.hyperbolic,
            self.hyperbolic_quantized,
            self.inception,
            self.inceptron,
            self.inferact_vllm,
            self.inference_net,
            self.infermatic,
            self.inflection,
            self.inocloud,
            self.io_net,
            self.ionstream,
            self.klusterai,
            self.krea,
            self.lambda_,
            self.lepton,
            self.liquid,
            self.lynn,
            self.lynn_private,
            self.makora,
            self.mancer,
            self.mancer_old,
            self.mara,
            self.meta,
            self.minimax,
            self.mistral,
            self.modal,
            self.modelrun,
            self.modular,
            self.moonshotai,
            self.morph,
            self.ncompass,
            self.nebius,
            self.nex_agi,
            self.nextbit,
            self.nineteen,
            self.novita,
            self.nvidia,
            self.octoai,
            self.open_inference,
            self.openai,
            self.parasail,
            self.perceptron,
            self.perplexity,
            self.phala,
            self.poolside,
            self.quiver,
            self.recraft,
            self.recursal,
            self.reflection,
            self.reka,
            self.relace,
            self.replicate,
            self.runway,
            self.sail_research,
            self.sakana,
            self.sakana_ai,
            self.sambanova,
            self.sambanova_cloaked,
            self.seed,
            self.sf_compute,
            self.siliconflow,
            self.sourceful,
            self.stealth,
            self.stepfun,
            self.streamlake,
            self.switchpoint,
            self.targon,
            self.tencent,
            self.tenstorrent,
            self.thinkingmachines,
            self.together,
            self.together_lite,
            self.ubicloud,
            self.upstage,
            self.venice,
            self.voyageai,
            self.wafer,
            self.wandb,
            self.wandb_legacy,
            self.xai,
            self.xiaomi,
            self.z_ai,
            self.extra_fields,
        ) == (
            other.field_01ai,
            other.ai21,
            other.aion_labs,
            other.akashml,
            other.alibaba,
            other.amazon_bedrock,
            other.amazon_bedrock_claude_on_aws,
            other.amazon_nova,
            other.ambient,
            other.anthropic,
            other.anthropic_2,
            other.anyscale,
            other.arcee_ai,
            other.atlas_cloud,
            other.atoma,
            other.avian,
            other.azure,
            other.baidu,
            other.baseten,
            other.black_forest_labs,
            other.byteplus,
            other.centml,
            other.cerebras,
            other.chutes,
            other.cirrascale,
            other.clarifai,
            other.claude_on_aws,
            other.cloudflare,
            other.cohere,
            other.coreweave,
            other.crofai,
            other.crucible,
            other.crusoe,
            other.darkbloom,
            other.databricks,
            other.decart,
            other.deepgram,
            other.deepinfra,
            other.deepseek,
            other.dekallm,
            other.digitalocean,
            other.enfer,
            other.fake_provider,
            other.featherless,
            other.fireworks,
            other.fish_audio,
            other.friendli,
            other.gmicloud,
            other.google_ai_studio,
            other.google_vertex,
            other.gopomelo,
            other.groq,
            other.heygen,
            other.huggingface,
            other.hyperbolic,
            other.hyperbolic_quantized,
            other.inception,
            other.inceptron,
            other.inferact_vllm,
            other.inference_net,
            other.infermatic,
            other.inflection,
            other.inocloud,
            other.io_net,
            other.ionstream,
            other.klusterai,
            other.krea,
            other.lambda_,
            other.lepton,
            other.liquid,
            other.lynn,
            other.lynn_private,
            other.makora,
            other.mancer,
            other.mancer_old,
            other.mara,
            other.meta,
            other.minimax,
            other.mistral,
            other.modal,
            other.modelrun,
            other.modular,
            other.moonshotai,
            other.morph,
            other.ncompass,
            other.nebius,
            other.nex_agi,
            other.nextbit,
            other.nineteen,
            other.novita,
            other.nvidia,
            other.octoai,
            other.open_inference,
            other.openai,
            other.parasail,
            other.perceptron,
            other.perplexity,
            other.phala,
            other.poolside,
            other.quiver,
            other.recraft,
            other.recursal,
            other.reflection,
            other.reka,
            other.relace,
            other.replicate,
            other.runway,
            other.sail_research,
            other.sakana,
            other.sakana_ai,
            other.sambanova,
            other.sambanova_cloaked,
            other.seed,
            other.sf_compute,
            other.siliconflow,
            other.sourceful,
            other.stealth,
            other.stepfun,
            other.streamlake,
            other.switchpoint,
            other.targon,
            other.tencent,
            other.tenstorrent,
            other.thinkingmachines,
            other.together,
            other.together_lite,
            other.ubicloud,
            other.upstage,
            other.venice,
            other.voyageai,
            other.wafer,
            other.wandb,
            other.wandb_legacy,
            other.xai,
            other.xiaomi,
            other.z_ai,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ProviderOptions",
                self.field_01ai,
                self.ai21,
                self.aion_labs,
                self.akashml,
                self.alibaba,
                self.amazon_bedrock,
                self.amazon_bedrock_claude_on_aws,
                self.amazon_nova,
                self.ambient,
                self.anthropic,
                self.anthropic_2,
                self.anyscale,
                self.arcee_ai,
                self.atlas_cloud,
                self.atoma,
                self.avian,
                self.azure,
                self.baidu,
                self.baseten,
                self.black_forest_labs,
                self.byteplus,
                self.centml,
                self.cerebras,
                self.chutes,
                self.cirrascale,
                self.clarifai,
                self.claude_on_aws,
                self.cloudflare,
                self.cohere,
                self.coreweave,
                self.crofai,
                self.crucible,
                self.crusoe,
                self.darkbloom,
                self.databricks,
                self.decart,
                self.deepgram,
                self.deepinfra,
                self.deepseek,
                self.dekallm,
                self.digitalocean,
                self.enfer,
                self.fake_provider,
                self.featherless,
                self.fireworks,
                self.fish_audio,
                self.friendli,
                self.gmicloud,
                self.google_ai_studio,
                self.google_vertex,
                self.gopomelo,
                self.groq,
                self.heygen,
                self.huggingface,
                self.hyperbolic,
                self.hyperbolic_quantized,
                self.inception,
                self.inceptron,
                self.inferact_vllm,
                self.inference_net,
                self.infermatic,
                self.inflection,
                self.inocloud,
                self.io_net,
                self.ionstream,
                self.klusterai,
                self.krea,
                self.lambda_,
                self.lepton,
                self.liquid,
                self.lynn,
                self.lynn_private,
                self.makora,
                self.mancer,
                self.mancer_old,
                self.mara,
                self.meta,
                self.minimax,
                self.mistral,
                self.modal,
                self.modelrun,
                self.modular,
                self.moonshotai,
                self.morph,
                self.ncompass,
                self.nebius,
                self.nex_agi,
                self.nextbit,
                self.nineteen,
                self.novita,
                self.nvidia,
                self.octoai,
                self.open_inference,
                self.openai,
                self.parasail,
                self.perceptron,
                self.perplexity,
                self.phala,
                self.poolside,
                self.quiver,
                self.recraft,
                self.recursal,
                self.reflection,
                self.reka,
                self.relace,
                self.replicate,
                self.runway,
                self.sail_research,
                self.sakana,
                self.sakana_ai,
                self.sambanova,
                self.sambanova_cloaked,
                self.seed,
                self.sf_compute,
                self.siliconflow,
                self.sourceful,
                self.stealth,
                self.stepfun,
                self.streamlake,
                self.switchpoint,
                self.targon,
                self.tencent,
                self.tenstorrent,
                self.thinkingmachines,
                self.together,
                self.together_lite,
                self.ubicloud,
                self.upstage,
                self.venice,
                self.voyageai,
                self.wafer,
                self.wandb,
                self.wandb_legacy,
                self.xai,
                self.xiaomi,
                self.z_ai,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
