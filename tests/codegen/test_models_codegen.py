"""The schema → model half of the generator: small spec fragments in, importable models out.

Each fragment is generated into a scratch directory that is added to the
``openrouter_core.models`` package path, so the generated modules import and structure data
exactly as the committed ones do. The last tests run the whole OpenRouter spec (the project's
copy in codegen/spec, supplement merged): every example in it must structure into its model.
"""

from __future__ import annotations

import datetime as dt
import importlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import openrouter_core.models as models_package
from codegen.__main__ import load_inputs
from codegen.models import ModelGenerator
from codegen.naming import pascal_case, python_field_name, snake_case
from codegen.spec import resolve
from openrouter_core._codec.readers import read as structure
from openrouter_core._codec.writer import write as unstructure
from openrouter_core._unset import UNSET
from openrouter_core.models._index import MODULES

REPO = Path(__file__).resolve().parents[2]
MODELS_DIR = REPO / "openrouter_core" / "models"
#: The package plumbing (lazy index, stub), checked by `python -m codegen --check` instead.
PACKAGE_FILES = ("__init__.py", "__init__.pyi", "_index.py")
MODELS_PACKAGE = "openrouter_core.models"

#: Spec examples that contradict their own schema (a required property is missing), so no
#: model can accept them: (where, what is missing).
INVALID_EXAMPLES = {
    ("schema VideoModel", "VideoModel"),
    ("schema VideoModelsListResponse", "VideoModelsListResponse"),
    ("GET /videos/models 200", "VideoModelsListResponse"),
    ("GET /models 200", "ModelsListResponse"),
    ("GET /models/user 200", "ModelsListResponse"),
    ("GET /embeddings/models 200", "ModelsListResponse"),
    ("GET /generation 200", "GenerationResponse"),
}


def fragment(**schemas: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@attrs.frozen
class Generated:
    """A generator whose output is importable: ``load("Name")`` returns the generated class."""

    generator: ModelGenerator
    files: dict[str, str]

    def load(self, name: str) -> Any:
        module = importlib.import_module(self.generator.module_of(name))
        return getattr(module, name)

    def source(self, name: str) -> str:
        module = self.generator.module_of(name).rsplit(".", 1)[1]
        return self.files[f"openrouter_core/models/{module}.py"]

    def field(self, cls_name: str, field_name: str) -> Any:
        return next(f for f in self.fields(cls_name) if f.name == field_name)

    def fields(self, cls_name: str) -> list[Any]:
        return self.generator.model_fields({"$ref": f"#/components/schemas/{cls_name}"}, cls_name)


@pytest.fixture
def generate(tmp_path: Path) -> Iterator[Callable[..., Generated]]:
    """Generate a fragment's models into a scratch directory and make them importable."""
    added: list[str] = []
    indexed: dict[str, str | None] = {}
    before = set(sys.modules)

    def run(
        spec: dict[str, Any], prepare: Callable[[ModelGenerator], None] | None = None
    ) -> Generated:
        generator = ModelGenerator(spec)
        if prepare is not None:
            prepare(generator)
        files = generator.render()
        directory = tmp_path / f"models{len(added)}"
        directory.mkdir()
        for relative, text in files.items():
            name = relative.rsplit("/", 1)[1]
            if name in PACKAGE_FILES:
                continue
            assert not (MODELS_DIR / name).exists(), f"pick another test name than {name}"
            (directory / name).write_text(text, encoding="utf-8")
        models_package.__path__.append(str(directory))
        added.append(str(directory))
        # The readers find the models a field names through the index, as for committed ones.
        index: dict[str, Any] = {}
        exec(files["openrouter_core/models/_index.py"], index)
        for name in index["MODULES"]:
            indexed.setdefault(name, MODULES.get(name))
        MODULES.update(index["MODULES"])
        importlib.invalidate_caches()
        return Generated(generator, files)

    yield run
    for name, module in indexed.items():
        if module is None:
            del MODULES[name]
        else:
            MODULES[name] = module
    for directory in added:
        models_package.__path__.remove(directory)
    for name in set(sys.modules) - before:
        if name.startswith("openrouter_core.models."):
            del sys.modules[name]


# --- naming -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "snake", "pascal"),
    [
        ("jobId", "job_id", "JobId"),
        ("HTTP-Referer", "http_referer", "HTTPReferer"),
        ("X-OpenRouter-Metadata", "x_openrouter_metadata", "XOpenRouterMetadata"),
        ("getCredits", "get_credits", "GetCredits"),
        ("BYOKKey", "byok_key", "BYOKKey"),
        ("byok_key", "byok_key", "ByokKey"),
        ("URLCitation", "url_citation", "URLCitation"),
        ("Legacy_ChatContentVideo", "legacy_chat_content_video", "LegacyChatContentVideo"),
        ("timestamp_granularities[]", "timestamp_granularities", "TimestampGranularities"),
    ],
)
def test_names(name: str, snake: str, pascal: str) -> None:
    assert snake_case(name) == snake
    assert pascal_case(name) == pascal


def test_python_field_names_avoid_keywords_shadowing_and_collisions() -> None:
    assert python_field_name("from", set()) == "from_"
    assert python_field_name("str", set()) == "str_"
    assert python_field_name("extra_fields", set()) == "extra_fields_"
    assert python_field_name("01ai", set()) == "field_01ai"
    assert python_field_name("foo_bar", {"foo_bar"}) == "foo_bar_"
    assert python_field_name("type", set()) == "type"


# --- nullability and optional fields ------------------------------------------------------


def test_every_nullable_form_makes_the_field_nullable(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            NbThing=ref_object({"name": {"type": "string"}}),
            NbHolder={
                "type": "object",
                "required": ["required_nullable"],
                "properties": {
                    "type_list": {"type": ["string", "null"]},
                    "any_of_null": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                    "one_of_null": {"oneOf": [ref("NbThing"), {"type": "null"}]},
                    "nullable_flag": {"type": "number", "nullable": True},
                    "ref_nullable": {**ref("NbThing"), "nullable": True},
                    "enum_null": {"type": ["string", "null"], "enum": ["a", "b", None]},
                    "plain": {"type": "string"},
                    "required_nullable": {"type": ["boolean", "null"]},
                },
            },
        )
    )
    annotations = {f.name: f.type_ref.annotation for f in out.fields("NbHolder")}
    assert annotations == {
        "type_list": "str | Unset | None",
        "any_of_null": "int | Unset | None",
        "one_of_null": "NbThing | Unset | None",
        "nullable_flag": "float | Unset | None",
        "ref_nullable": "NbThing | Unset | None",
        "enum_null": "str | Unset | None",
        "plain": "str | None",
        "required_nullable": "bool | None",
    }
    holder = out.load("NbHolder")
    thing = out.load("NbThing")
    value = structure({"required_nullable": None, "one_of_null": {"name": "x"}}, holder)
    assert value.one_of_null == thing(name="x")
    assert value.type_list is UNSET
    # None is sent as null, UNSET and a None that is not nullable are left out.
    sent = unstructure(holder(required_nullable=None, type_list=None, plain=None))
    assert sent == {"required_nullable": None, "type_list": None}
    with pytest.raises(Exception):  # noqa: B017 - cattrs wraps the TypeError
        structure({"required_nullable": True, "plain": None, "any_of_null": "1"}, holder)


def ref_object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or []}


# --- enums and const ----------------------------------------------------------------------


def test_enums_are_open_strings_with_known_values(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            EnColour={"type": "string", "enum": ["red", "dark-green"]},
            EnPaint=ref_object(
                {
                    "colour": ref("EnColour"),
                    "finish": {"type": "string", "enum": ["gloss", "matt"]},
                },
                ["colour"],
            ),
        )
    )
    colour = out.load("EnColour")
    assert (colour.RED, colour.DARK_GREEN) == ("red", "dark-green")
    paint = out.load("EnPaint")
    assert out.field("EnPaint", "colour").type_ref.annotation == "str"
    value = structure({"colour": "ultraviolet", "finish": "satin"}, paint)
    assert (value.colour, value.finish) == ("ultraviolet", "satin")
    assert "Known values" in (out.field("EnPaint", "finish").description or "")


def test_const_fields_default_to_their_value(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            CoEvent=ref_object(
                {
                    "type": {"type": "string", "const": "ping"},
                    "version": {"const": 2},
                    "kind": {"type": "string", "enum": ["tick"]},
                },
                ["type", "version", "kind"],
            )
        )
    )
    event = out.load("CoEvent")
    assert unstructure(event()) == {"type": "ping", "version": 2, "kind": "tick"}
    assert out.field("CoEvent", "version").type_ref.annotation == "int"


# --- unions -------------------------------------------------------------------------------


def test_discriminated_union_keeps_unknown_members(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            DuCat=ref_object(
                {"kind": {"type": "string", "enum": ["cat"]}, "lives": {"type": "integer"}},
                ["kind"],
            ),
            DuDog=ref_object({"kind": {"type": "string"}, "good": {"type": "boolean"}}, ["kind"]),
            DuPet={
                "oneOf": [ref("DuCat"), ref("DuDog")],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"cat": ref("DuCat")["$ref"], "dog": ref("DuDog")["$ref"]},
                },
            },
            DuHome=ref_object({"pets": {"type": "array", "items": ref("DuPet")}}),
        )
    )
    home, cat, dog = out.load("DuHome"), out.load("DuCat"), out.load("DuDog")
    pets = structure(
        {"pets": [{"kind": "cat", "lives": 9}, {"kind": "dog"}, {"kind": "axolotl", "gills": 6}]},
        home,
    ).pets
    assert pets[0] == cat(lives=9)
    assert isinstance(pets[1], dog)
    assert pets[2] == {"kind": "axolotl", "gills": 6}
    assert "dict[str, Any]" in out.source("DuPet")
    assert unstructure(structure({"pets": [{"kind": "axolotl"}]}, home)) == {
        "pets": [{"kind": "axolotl"}]
    }


def test_discriminator_is_inferred_from_const_values(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            DiText=ref_object({"type": {"const": "text"}, "text": {"type": "string"}}, ["type"]),
            DiImage=ref_object({"type": {"const": "image"}, "url": {"type": "string"}}, ["type"]),
            DiOther=ref_object({"type": {"type": "string"}}, ["type"]),
            DiPart={"anyOf": [ref("DiText"), ref("DiImage"), ref("DiOther")]},
        )
    )
    part = out.load("DiPart")
    assert type(structure({"type": "image", "url": "u"}, part)).__name__ == "DiImage"
    # A member whose ``type`` is a free string takes the values nobody else claims.
    other = structure({"type": "video"}, part)
    assert type(other).__name__ == "DiOther"
    assert "dict[str, Any]" not in out.source("DiPart")


def test_union_by_json_type_and_by_shape(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            ShA=ref_object({"a": {"type": "string"}}, ["a"]),
            ShB=ref_object({"b": {"type": "string"}}, ["b"]),
            ShMessage=ref_object(
                {
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"type": "number"}},
                            {"type": "object", "properties": {"n": {"type": "integer"}}},
                        ]
                    },
                    "either": {"anyOf": [ref("ShA"), ref("ShB")]},
                    "several": {"type": ["string", "integer", "boolean"]},
                }
            ),
        )
    )
    message = out.load("ShMessage")
    assert out.field("ShMessage", "content").type_ref.annotation == "ShMessageContent | None"
    assert structure({"content": "hi"}, message).content == "hi"
    assert structure({"content": [1, 2.5]}, message).content == [1.0, 2.5]
    assert structure({"content": {"n": 3}}, message).content.n == 3
    assert type(structure({"either": {"b": "x"}}, message).either).__name__ == "ShB"
    assert [structure({"several": v}, message).several for v in ("s", 3, True)] == ["s", 3, True]
    with pytest.raises(Exception):  # noqa: B017 - a float fits none of str, int, bool
        structure({"several": 1.5}, message)


def test_shared_discriminator_values_narrow_then_try_in_order(
    generate: Callable[..., Generated],
) -> None:
    out = generate(
        fragment(
            OvShort=ref_object({"type": {"const": "msg"}, "text": {"type": "string"}}, ["text"]),
            OvLong=ref_object({"type": {"const": "msg"}, "parts": {"type": "array"}}, ["parts"]),
            OvPing=ref_object({"type": {"const": "ping"}}),
            OvItem={"anyOf": [ref("OvShort"), ref("OvLong"), ref("OvPing")]},
        )
    )
    item = out.load("OvItem")
    assert "OvShort | OvLong" in out.source("OvItem")
    assert type(structure({"type": "msg", "parts": []}, item)).__name__ == "OvLong"
    assert type(structure({"type": "msg", "text": "t"}, item)).__name__ == "OvShort"
    assert type(structure({"type": "ping"}, item)).__name__ == "OvPing"


def test_models_inside_plain_data_are_kept(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            MiText=ref_object({"type": {"const": "text"}, "text": {"type": "string"}}, ["type"]),
            MiImage=ref_object({"type": {"const": "image"}}, ["type"]),
            MiPart={"oneOf": [ref("MiText"), ref("MiImage")]},
            MiMessage=ref_object({"parts": {"type": "array", "items": ref("MiPart")}}),
        )
    )
    text = out.load("MiText")(text="hi")
    message = structure({"parts": [text, {"type": "image"}]}, out.load("MiMessage"))
    assert message.parts[0] is text
    assert type(message.parts[1]).__name__ == "MiImage"


def test_a_union_that_contains_itself_degrades_to_any(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            SjJson={"anyOf": [{"type": "string"}, {"type": "array", "items": ref("SjJson")}]},
            SjDoc=ref_object({"body": ref("SjJson")}),
        )
    )
    assert "SjJson: TypeAlias = str | list[Any]" in out.source("SjJson")
    assert structure({"body": ["a", ["b"]]}, out.load("SjDoc")).body == ["a", ["b"]]


# --- objects ------------------------------------------------------------------------------


def test_all_of_merges_properties_and_required(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            AoBase=ref_object({"id": {"type": "string"}, "note": {"type": "string"}}, ["id"]),
            AoItem={
                "allOf": [
                    ref("AoBase"),
                    {
                        "type": "object",
                        "properties": {"note": {"type": "integer"}, "size": {"type": "number"}},
                        "required": ["size"],
                    },
                    {"description": "Only words."},
                ]
            },
            AoWrapped={"allOf": [ref("AoBase"), {"description": "Just a description."}]},
        )
    )
    fields = {f.name: (f.type_ref.annotation, f.required) for f in out.fields("AoItem")}
    assert fields == {"id": ("str", True), "note": ("int | None", False), "size": ("float", True)}
    item = out.load("AoItem")
    assert structure({"id": "x", "size": 1, "extra": True}, item).extra_fields == {"extra": True}
    # An allOf of one schema and a description is that schema.
    assert out.generator.type_for(ref("AoWrapped"), "Unused").annotation == "AoBase"


def test_maps_and_free_objects(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            MpScore=ref_object({"value": {"type": "number"}}, ["value"]),
            MpBoard=ref_object(
                {
                    "scores": {"type": "object", "additionalProperties": ref("MpScore")},
                    "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "anything": {"type": "object", "additionalProperties": True},
                    "untyped": {},
                }
            ),
        )
    )
    annotations = {f.name: f.type_ref.annotation for f in out.fields("MpBoard")}
    assert annotations["scores"] == "dict[str, MpScore] | None"
    assert annotations["counts"] == "dict[str, int] | None"
    assert annotations["anything"] == "dict[str, Any] | None"
    assert annotations["untyped"] == "Any"
    board = structure({"scores": {"a": {"value": 1}}, "untyped": [1]}, out.load("MpBoard"))
    assert board.scores["a"] == out.load("MpScore")(value=1.0)


def test_self_recursive_schema(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            RcNode=ref_object(
                {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": ref("RcNode")},
                },
                ["name"],
            )
        )
    )
    node = out.load("RcNode")
    tree = structure({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}, node)
    assert tree.children[0].children[0] == node(name="c")


def test_mutually_recursive_schemas_share_a_module(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            RmFolder=ref_object({"files": {"type": "array", "items": ref("RmFile")}}),
            RmFile=ref_object({"parent": ref("RmFolder"), "name": {"type": "string"}}),
            RmLink=ref_object({"target": ref("RmFile")}),
        )
    )
    home = out.generator.module_of("RmFile")
    assert home == out.generator.module_of("RmFolder")
    # Each schema keeps its own module; the other one re-exports.
    assert (
        "from openrouter_core.models.rm_file import RmFolder"
        in out.files["openrouter_core/models/rm_folder.py"]
    )
    folder = importlib.import_module("openrouter_core.models.rm_folder").RmFolder
    value = structure({"files": [{"name": "x", "parent": {"files": []}}]}, folder)
    assert value.files[0].parent == folder(files=[])
    link = structure({"target": {"name": "y"}}, out.load("RmLink"))
    assert link.target.name == "y"


def test_field_names_never_clash(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            NcOdd=ref_object(
                {
                    "from": {"type": "string"},
                    "str": {"type": "string"},
                    "fooBar": {"type": "string"},
                    "foo_bar": {"type": "integer"},
                    "extra_fields": {"type": "boolean"},
                    "date": {"type": "string", "format": "date"},
                    "2fa": {"type": "boolean"},
                    "_shape": {"type": "string"},
                }
            )
        )
    )
    wires = {f.wire: f.name for f in out.fields("NcOdd")}
    assert wires == {
        "from": "from_",
        "str": "str_",
        "fooBar": "foo_bar",
        "foo_bar": "foo_bar_",
        "extra_fields": "extra_fields_",
        "date": "date_",  # the class's annotations use ``date``
        "2fa": "field_2fa",
        "_shape": "shape",
    }
    odd = out.load("NcOdd")
    data = {"from": "a", "str": "b", "fooBar": "c", "foo_bar": 1, "extra_fields": True}
    data |= {"date": "2024-05-06", "2fa": False, "_shape": "s", "new": 1}
    value = structure(data, odd)
    assert (value.from_, value.date_, value.extra_fields) == ("a", dt.date(2024, 5, 6), {"new": 1})
    assert unstructure(value) == data


def test_date_time_fields(generate: Callable[..., Generated]) -> None:
    out = generate(
        fragment(
            DtStamp=ref_object(
                {
                    "at": {"type": "string", "format": "date-time"},
                    "on": {"type": ["string", "null"], "format": "date"},
                },
                ["at"],
            )
        )
    )
    stamp = structure({"at": "2025-01-02T03:04:05Z", "on": None}, out.load("DtStamp"))
    assert stamp.at == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    assert stamp.on is None
    assert unstructure(stamp) == {"at": "2025-01-02T03:04:05Z", "on": None}


def test_inline_types_for_callers(generate: Callable[..., Generated]) -> None:
    body = {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {
                "type": "object",
                "properties": {"total": {"type": "number", "description": "The total. More."}},
                "required": ["total"],
            }
        },
    }
    refs: dict[str, Any] = {}

    def prepare(generator: ModelGenerator) -> None:
        refs["response"] = generator.type_for(body, "IcResponse")
        refs["list"] = generator.type_for({"type": "array", "items": ref("IcItem")}, "Unused")
        refs["fields"] = generator.model_fields(body, "IcRequest")

    out = generate(fragment(IcItem=ref_object({"x": {"type": "string"}})), prepare)
    assert refs["response"].annotation == "IcResponse"
    assert refs["response"].imports == {("openrouter_core.models.ic_response", "IcResponse")}
    assert refs["list"].annotation == "list[IcItem]"
    (data,) = refs["fields"]
    assert (data.name, data.required, data.default_expr) == ("data", True, None)
    assert data.type_ref.annotation == "IcResponseData"  # the same inline schema, one class
    response = structure({"data": {"total": 2}}, out.load("IcResponse"))
    assert response.data.total == 2.0
    assert '"""The total."""' in out.source("IcResponseData")


def test_rendering_is_stable_and_clean(tmp_path: Path) -> None:
    spec = fragment(
        StPet={"oneOf": [ref("StCat"), ref("StDog"), {"type": "string"}]},
        StCat=ref_object(
            {
                "name": {"type": "string", "description": "Name, e.g. Tom. Long."},
                "kind": {"const": "cat"},
                "friend": ref("StDog"),
            },
            ["kind"],
        ),
        StDog=ref_object({"kind": {"const": "dog"}, "friend": ref("StCat")}, ["kind"]),
        StSize={"type": "string", "enum": ["small", "x-large"], "description": 'Say "big".'},
        StSizes={"type": "array", "items": ref("StSize")},
    )
    first = ModelGenerator(spec).render()
    assert first == ModelGenerator(spec).render()
    for relative, text in first.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    config = ["--config", str(REPO / "pyproject.toml"), "--no-cache"]
    config += ["--config", "lint.isort.known-first-party = ['openrouter_core']"]
    for command in (["check", *config], ["format", "--check", *config]):
        done = subprocess.run([str(ruff), *command, "."], cwd=tmp_path, capture_output=True)
        assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    assert first["openrouter_core/models/st_cat.py"].startswith(
        "# Generated from the OpenRouter OpenAPI spec (components/schemas/StCat)"
    )


# --- the real spec ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> tuple[dict[str, Any], ModelGenerator]:
    spec, _ = load_inputs()
    return spec, ModelGenerator(spec)


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, schema name, example) for component examples and $ref'd response examples."""
    for name, schema in spec["components"]["schemas"].items():
        if "example" in schema:
            yield f"schema {name}", name, schema["example"]
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                for media in (resolve(spec, response).get("content") or {}).values():
                    target = (media.get("schema") or {}).get("$ref", "")
                    if not target.startswith("#/components/schemas/"):
                        continue
                    values = [media["example"]] if "example" in media else []
                    values += [e["value"] for e in (media.get("examples") or {}).values()]
                    for value in values:
                        yield f"{method.upper()} {path} {status}", target.rsplit("/", 1)[1], value


def _same(sent: Any, received: Any) -> bool:
    """Equal JSON, except that nulls may be left out and date-times may be respelled."""
    if isinstance(sent, dict) and isinstance(received, dict):
        if set(received) - set(sent):
            return False
        return all(
            _same(value, received[key]) if key in received else value is None
            for key, value in sent.items()
        )
    if isinstance(sent, list) and isinstance(received, list):
        return len(sent) == len(received) and all(map(_same, sent, received))
    if isinstance(sent, str) and isinstance(received, str) and sent != received:
        try:
            return dt.datetime.fromisoformat(sent.replace("Z", "+00:00")) == (
                dt.datetime.fromisoformat(received.replace("Z", "+00:00"))
            )
        except ValueError:
            return False
    return bool(sent == received)


def test_every_spec_example_structures_and_round_trips(
    real: tuple[dict[str, Any], ModelGenerator],
) -> None:
    spec, generator = real
    names = generator.class_names()
    failures: list[str] = []
    checked = 0
    for where, schema_name, example in _examples(spec):
        name = names[schema_name]
        model: Any = getattr(importlib.import_module(generator.module_of(name)), name)
        generated = isinstance(model, type) and model.__module__.startswith(MODELS_PACKAGE)
        if generated and not attrs.has(model):
            model = str  # an enum's class of known values: its fields are str
        if generator.type_for(ref(schema_name), "Unused").annotation.endswith("| None"):
            model = model | None
        try:
            value = structure(example, model)
        except Exception as exc:
            if (where, schema_name) not in INVALID_EXAMPLES:
                failures.append(f"{where} ({schema_name}): {exc!r}")
            continue
        assert (where, schema_name) not in INVALID_EXAMPLES, f"{where} is valid now"
        checked += 1
        if not _same(example, unstructure(value)):
            failures.append(f"{where} ({schema_name}): does not round-trip")
    assert not failures, "\n".join(failures)
    assert checked > 1200


def test_committed_models_are_what_the_generator_writes(
    real: tuple[dict[str, Any], ModelGenerator],
) -> None:
    _, generator = real
    files = ModelGenerator(generator.spec).render()
    assert len([f for f in files if f.rsplit("/", 1)[1] not in PACKAGE_FILES]) >= 769
    stale = [
        relative
        for relative, text in files.items()
        if relative.rsplit("/", 1)[1] not in PACKAGE_FILES
        and (REPO / relative).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"regenerate with `python -m codegen`: {stale[:5]}"


def test_importing_models_stays_cheap() -> None:
    code = (
        "import sys\n"
        "import openrouter_core.models as m\n"
        "before = {n for n in sys.modules if n.startswith('openrouter_core.models.')}\n"
        "from openrouter_core.models.chat_user_message import ChatUserMessage\n"
        "after = {n for n in sys.modules if n.startswith('openrouter_core.models.')}\n"
        "assert m.ChatUserMessage is ChatUserMessage\n"
        "print(len(before), len(after))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    before, after = map(int, done.stdout.split())
    assert before == 0
    # The message, its content union and the content parts that union names; nothing else.
    assert after <= 12
