"""attrs' methods written out ahead of time behave as the ones attrs would build.

Each case runs one class source twice: as written (attrs builds its methods at import) and
after ``write_methods`` (attrs finds them on the class and builds none), and compares what a
user can see: the signature, defaults and factories, validators, repr, equality and hashing,
frozenness, pickling and ``attrs.evolve``.
"""

from __future__ import annotations

import inspect
import pickle
import sys
import types
from pathlib import Path
from typing import Any

import attrs
import pytest

from codegen.attrs_methods import BEGIN, END, write_methods

ROOT = Path(__file__).resolve().parents[2]

SOURCE = '''
from __future__ import annotations

from typing import Any, Literal

import attrs

COUNT = {"made": 0}


def _made() -> list[int]:
    COUNT["made"] += 1
    return [COUNT["made"]]


def _small(instance: Any, attribute: Any, value: Any) -> None:
    if value is not None and value > 10:
        raise ValueError(f"{attribute.name} is too big")


@attrs.frozen(kw_only=True)
class Everything:
    """A field of every kind our classes use."""

    required: str
    plain: int = 3
    mode: Literal["a", "b"] = "a"
    """A docstring between fields is fine."""
    listed: list[int] = attrs.field(factory=_made)
    secret: str | None = attrs.field(default=None, repr=False)
    nullable_made: dict[str, Any] | None = attrs.field(factory=dict)
    small: int | None = attrs.field(default=None, validator=_small)
    _private: int = 0
    _hidden: list[int] = attrs.field(factory=list, init=False, repr=False, eq=False)

    def method(self) -> str:
        return self.required


@attrs.frozen
class Positional:
    first: int
    second: str = "x"


@attrs.frozen(kw_only=True)
class Empty:
    """No fields at all."""
'''


def _load(source: str, name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module  # pickling finds classes through their module
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


@pytest.fixture(scope="module")
def pair() -> tuple[types.ModuleType, types.ModuleType]:
    """(attrs builds the methods, the methods are written out)."""
    return _load(SOURCE, "attrs_built"), _load(write_methods(SOURCE), "written_out")


def _everything(module: types.ModuleType, **changes: Any) -> Any:
    arguments: dict[str, Any] = {"required": "r", "secret": "s3cr3t", "private": 5}
    return module.Everything(**{**arguments, **changes})


def test_the_methods_are_the_written_ones(pair: tuple[types.ModuleType, types.ModuleType]) -> None:
    built, written = pair
    for name in ("__init__", "__repr__", "__eq__", "__hash__"):
        assert written.Everything.__dict__[name].__code__.co_filename == "<written_out>"
        assert built.Everything.__dict__[name].__code__.co_filename != "<attrs_built>"


@pytest.mark.parametrize("class_name", ["Everything", "Positional", "Empty"])
def test_signature_matches(
    pair: tuple[types.ModuleType, types.ModuleType], class_name: str
) -> None:
    built, written = (inspect.signature(getattr(m, class_name)) for m in pair)
    assert [(p.name, p.kind) for p in written.parameters.values()] == [
        (p.name, p.kind) for p in built.parameters.values()
    ]
    for name, parameter in built.parameters.items():
        # attrs writes NOTHING for a factory's default, as the written method does.
        assert written.parameters[name].default == parameter.default, name


def test_defaults_factories_and_hidden_fields(
    pair: tuple[types.ModuleType, types.ModuleType],
) -> None:
    for module in pair:
        one, two = _everything(module), _everything(module)
        assert (one.plain, one.mode, one.secret, one.small) == (3, "a", "s3cr3t", None)
        assert one._private == 5
        assert one.listed is not two.listed  # a factory runs for each instance
        assert one._hidden == [] and one._hidden is not two._hidden
        assert one.nullable_made == {}
        assert _everything(module, nullable_made=None).nullable_made is None
        assert _everything(module, listed=[9]).listed == [9]


def test_repr_is_attrs_repr(pair: tuple[types.ModuleType, types.ModuleType]) -> None:
    built, written = pair
    shown = [repr(_everything(m, listed=[1, 2])) for m in pair]
    assert shown[0] == shown[1]
    assert "s3cr3t" not in shown[1] and "_hidden" not in shown[1]
    assert (
        repr(written.Positional(1))
        == repr(built.Positional(1))
        == "Positional(first=1, second='x')"
    )
    assert repr(written.Empty()) == repr(built.Empty()) == "Empty()"


def test_equality_and_hashing(pair: tuple[types.ModuleType, types.ModuleType]) -> None:
    for module in pair:
        one = module.Positional(1, "y")
        assert one == module.Positional(1, "y")
        assert hash(one) == hash(module.Positional(1, "y"))
        assert one != module.Positional(2, "y")
        assert one != (1, "y")  # another type is never equal
        same = _everything(module, listed=[1])
        other = _everything(module, listed=[1])
        object.__setattr__(other, "_hidden", [7])
        assert same == other  # eq=False fields are not compared
        assert same != _everything(module, listed=[2])
        with pytest.raises(TypeError):
            hash(same)  # it holds a list, so it cannot hash, as with attrs
        assert module.Empty() == module.Empty()
        assert hash(module.Empty()) == hash(module.Empty())
    # Different classes with equal values stay unequal.
    assert pair[1].Positional(1) != pair[0].Positional(1)


def test_validators_run_and_can_be_disabled(
    pair: tuple[types.ModuleType, types.ModuleType],
) -> None:
    for module in pair:
        with pytest.raises(ValueError, match="small is too big"):
            _everything(module, small=11)
        with attrs.validators.disabled():
            assert _everything(module, small=11).small == 11


def test_frozen_pickles_and_evolves(pair: tuple[types.ModuleType, types.ModuleType]) -> None:
    for module in pair:
        value = _everything(module, listed=[4])
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            value.plain = 4
        assert pickle.loads(pickle.dumps(value)) == value
        changed = attrs.evolve(value, plain=8)
        assert changed.plain == 8 and changed.listed == [4] and changed.secret == "s3cr3t"
        assert attrs.evolve(module.Positional(1), second="z") == module.Positional(1, "z")


def test_writing_is_idempotent_and_follows_changes() -> None:
    once = write_methods(SOURCE)
    assert write_methods(once) == once
    assert once.count(BEGIN) == once.count(END) == 3
    grown = once.replace("    plain: int = 3\n", "    plain: int = 3\n    added: int = 1\n")
    rewritten = write_methods(grown)
    assert "added: int = 1," in rewritten and rewritten.count(BEGIN) == 3
    assert write_methods(rewritten) == rewritten


@pytest.mark.parametrize(
    ("field", "complaint"),
    [
        ("x: int = attrs.field(converter=int)", "converter"),
        ("x: int = attrs.field(repr=SHOW)", "must be True or False"),
        ("x = attrs.field()", "without an annotation"),
        ("x: int = attrs.ib()", "only attrs.field"),
    ],
)
def test_unsupported_options_are_refused(field: str, complaint: str) -> None:
    source = f"import attrs\n\n@attrs.frozen\nclass C:\n    {field}\n"
    with pytest.raises(ValueError, match=complaint):
        write_methods(source)


def test_unsupported_class_options_are_refused() -> None:
    with pytest.raises(ValueError, match="slots"):
        write_methods("import attrs\n\n@attrs.frozen(slots=False)\nclass C:\n    x: int\n")


def _frozen_classes() -> list[type[Any]]:
    import importlib
    import pkgutil

    import openrouter_core
    import openrouter_funcs

    found = []
    for package in (openrouter_core, openrouter_funcs):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            try:
                module = importlib.import_module(info.name)
            except ModuleNotFoundError as missing:
                # A module for an optional extra (httpx2_transport without httpx2, on 3.10)
                # has no generated classes; any other missing module is a real failure.
                if (missing.name or "").startswith("openrouter"):
                    raise
                continue
            for value in vars(module).values():
                if (
                    isinstance(value, type)
                    and value.__module__ == module.__name__
                    and attrs.has(value)
                    and value.__setattr__.__name__ == "_frozen_setattrs"  # not attrs.define
                ):
                    found.append(value)
    return found


def test_every_generated_frozen_class_carries_its_written_methods() -> None:
    """Every generated frozen class: methods from its own file, a signature as attrs' fields say."""
    classes = _frozen_classes()
    assert len(classes) > 1000
    for cls in classes:
        source_file = inspect.getfile(cls)
        if not Path(source_file).read_text(encoding="utf-8").startswith("# Generated"):
            continue
        for name in ("__init__", "__repr__", "__eq__", "__hash__"):
            assert cls.__dict__[name].__code__.co_filename == source_file, (cls, name)
        parameters = inspect.signature(cls).parameters
        expected = [a for a in attrs.fields(cls) if a.init]
        assert [p for p in parameters] == [a.alias for a in expected], cls
        for attribute in expected:
            default = parameters[attribute.alias].default
            if isinstance(attribute.default, attrs.Factory):
                assert default is attrs.NOTHING, (cls, attribute.name)
            elif attribute.default is attrs.NOTHING:
                assert default is inspect.Parameter.empty, (cls, attribute.name)
            else:
                assert default is attribute.default, (cls, attribute.name)


def test_hand_written_modules_carry_no_written_methods() -> None:
    """Only generated modules carry the blocks; a hand-written class is read as attrs builds it."""
    for path in sorted((ROOT / "openrouter_core").rglob("*.py")) + sorted(
        (ROOT / "openrouter_funcs").glob("*.py")
    ):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("# Generated"):
            assert BEGIN not in text, path


@pytest.mark.parametrize(
    ("imports", "expected_head"),
    [
        ("from typing import Any\n\nimport attrs\n", "import builtins\nfrom typing import Any\n"),
        ("import attrs\n", "import builtins\n\nimport attrs\n"),
    ],
)
def test_a_field_named_like_a_builtin_keeps_the_annotations_right(
    imports: str, expected_head: str
) -> None:
    """A field called ``object`` would turn ``other: object`` into that field for a type checker."""
    source = (
        "from __future__ import annotations\n\n"
        + imports
        + "\n\n@attrs.frozen(kw_only=True)\nclass Deleted:\n    object: str\n    id: str\n"
    )
    written = write_methods(source)
    assert written.startswith("from __future__ import annotations\n\n" + expected_head)
    assert "def __eq__(self, other: builtins.object) -> bool:" in written
    assert write_methods(written) == written  # the import is not added twice
    module = _load(written, "builtin_named")
    assert module.Deleted(object="file", id="1") == module.Deleted(object="file", id="1")
    assert repr(module.Deleted(object="file", id="1")) == "Deleted(object='file', id='1')"


def test_arguments_named_like_builtins_do_not_break_init() -> None:
    source = (
        "from __future__ import annotations\n\nimport attrs\n\n\n@attrs.frozen(kw_only=True)\n"
        "class Listing:\n    type: str\n    items: list[int] = attrs.field(factory=list)\n"
        "    list: int = 0\n    dict: dict[str, int] = attrs.field(factory=dict)\n"
    )
    module = _load(write_methods(source), "builtin_arguments")
    value = module.Listing(type="t", list=2)
    assert (value.type, value.list, value.dict, value.items) == ("t", 2, {}, [])
    assert value == module.Listing(type="t", list=2)


def test_an_argument_hiding_a_factory_is_refused() -> None:
    source = (
        "import attrs\n\n@attrs.frozen\nclass C:\n    make: int = 0\n"
        "    x: list[int] = attrs.field(factory=make)\n"
    )
    with pytest.raises(ValueError, match="argument 'make' hides"):
        write_methods(source)
